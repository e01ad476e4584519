-- What a creditor lets a debtor have without asking it (issue 15): instalments, pauses, settlement discounts, and
-- whether the agreement fee is charged and interest waived during a plan. No row: the standard rules.
create table agreement_rules (
    creditor_id          uuid primary key,
    max_instalments      integer        not null,
    min_rate             numeric(14, 2) not null,
    max_pause_days       integer        not null,
    max_discount_percent integer        not null,
    discount_from_days   integer        not null,
    charge_agreement_fee boolean        not null,
    waive_interest       boolean        not null,
    updated_at           timestamp with time zone not null,
    updated_by           varchar(200)   not null
);
