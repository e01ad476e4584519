-- A creditor's agreement rules for one segment of its collection strategy (issue 15): cases of that segment get these
-- instead of the creditor's own rules. The credit bureau stays the creditor's, the same for every segment.
create table agreement_segment_rules (
    creditor_id          uuid           not null,
    segment              varchar(60)    not null,
    max_instalments      integer        not null,
    min_rate             numeric(14, 2) not null,
    max_pause_days       integer        not null,
    max_discount_percent integer        not null,
    discount_from_days   integer        not null,
    charge_agreement_fee boolean        not null,
    waive_interest       boolean        not null,
    updated_at           timestamp with time zone not null,
    updated_by           varchar(200)   not null,
    primary key (creditor_id, segment)
);
