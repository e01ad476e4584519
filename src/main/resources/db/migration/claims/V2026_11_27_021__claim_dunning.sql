-- Per claim: a reference number for its RF payment reference, and the day the dunning run next looks at it.
-- Debtors get an optional tag the shop sets (e.g. a regular customer), used by dunning segments.

create sequence claim_reference_number start with 100001;

alter table claim add column reference_number bigint;
alter table claim add column next_dunning_on date;
update claim set reference_number = nextval('claim_reference_number');
update claim set next_dunning_on = due_date where status in ('OPEN', 'DUNNING');
alter table claim alter column reference_number set not null;
alter table claim add constraint claim_reference_number_unique unique (reference_number);
create index claim_by_next_dunning on claim (next_dunning_on);

alter table debtor add column customer_tag varchar(40);

-- Snapshots of the claims a dunning run works through, numbered by debtor so one debtor's claims stay together.
create table claim_snapshot_item (
    snapshot_id uuid    not null,
    debtor_rank integer not null,
    claim_id    uuid    not null,
    primary key (snapshot_id, debtor_rank, claim_id)
);
