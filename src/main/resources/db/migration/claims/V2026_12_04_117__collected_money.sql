-- Money the agency received for a creditor (its own account, a card payment) and holds as client money until a
-- settlement pays it out (§13g RDG): which payments those are, and what each settlement run took of them, per claim
-- and payment and split by bucket, so that the next run takes only what changed since (a return, a late booking).
create table client_money_payment (
    payment_id  uuid not null,
    creditor_id uuid not null,
    created_at  timestamp with time zone not null
);
create index client_money_payment_by_payment on client_money_payment (payment_id);

create table collected_line (
    run_id         uuid           not null,
    creditor_id    uuid           not null,
    claim_id       uuid           not null,
    payment_id     uuid           not null,
    paid_on        date           not null,
    principal      numeric(19, 2) not null,
    interest       numeric(19, 2) not null,
    fees           numeric(19, 2) not null,
    costs          numeric(19, 2) not null
);
create index collected_line_by_run on collected_line (run_id, creditor_id);
