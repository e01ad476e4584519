-- Claims that ended paid, with what the shop's dashboard needs about them: when they were due and paid, the dunning
-- level they were paid at and whether they had gone to collection, the customer (for retention). Written when a
-- payment pays a claim off; claims paid before this table existed are taken over once here.
create table paid_claim (
    claim_id     uuid primary key,
    creditor_id  uuid          not null,
    customer_key varchar(50),
    due_date     date          not null,
    paid_on      date          not null,
    days_late    integer       not null,
    level        integer       not null,
    collection   boolean       not null,
    amount       numeric(19,2) not null,
    -- the customer ordered after this payment; set when an order arrives, so retention is one scan
    ordered_again boolean      not null
);
create index paid_claim_by_paid_on on paid_claim (creditor_id, paid_on);
create index paid_claim_by_due_date on paid_claim (creditor_id, due_date);

-- days between two dates through epoch seconds: the same on H2 and PostgreSQL
insert into paid_claim (claim_id, creditor_id, customer_key, due_date, paid_on, days_late, level, collection, amount,
                        ordered_again)
select c.id, c.creditor_id, upper(d.customer_number), c.due_date, c.last_posting_date,
       case when c.last_posting_date > c.due_date
            then cast((extract(epoch from cast(c.last_posting_date as timestamp))
                       - extract(epoch from cast(c.due_date as timestamp))) / 86400 as integer) else 0 end,
       c.dunning_level,
       case when exists (select 1 from case_claim l where l.claim_id = c.id) then true else false end, c.amount, false
from claim c join debtor d on d.id = c.debtor_id
where c.status = 'PAID';
