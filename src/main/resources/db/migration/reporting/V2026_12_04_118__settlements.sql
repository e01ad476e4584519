-- Settlement runs (one per month or on demand, one after the other), the statement each issues per shop (never
-- changed once issued; what changes later goes into the next one) and the payout file of the run, kept as made.
create table settlement_lock (
    id integer primary key
);
insert into settlement_lock (id) values (1);

create table settlement_run (
    id              uuid primary key,
    number          integer        not null,
    period          varchar(7)     not null,
    period_end      date           not null,
    statements      integer        not null,
    payouts         integer        not null,
    payout_total    numeric(19, 2) not null,
    message_id      varchar(35),
    payout_document text,
    created_at      timestamp with time zone not null,
    created_by      varchar(200)   not null
);
create unique index settlement_run_by_number on settlement_run (number);

create table settlement_statement (
    id                 uuid primary key,
    run_id             uuid           not null,
    creditor_id        uuid           not null,
    number             varchar(40)    not null,
    period             varchar(7)     not null,
    period_end         date           not null,
    lines              integer        not null,
    principal          numeric(19, 2) not null,
    interest           numeric(19, 2) not null,
    fees               numeric(19, 2) not null,
    costs              numeric(19, 2) not null,
    commission_base    numeric(19, 2) not null,
    commission_percent numeric(5, 2)  not null,
    commission         numeric(19, 2) not null,
    vat_percent        numeric(5, 2)  not null,
    vat                numeric(19, 2) not null,
    carried_in         numeric(19, 2) not null,
    payout             numeric(19, 2) not null,
    carried_out        numeric(19, 2) not null,
    payee_name         varchar(200)   not null,
    payee_iban         varchar(34)    not null,
    payee_bic          varchar(11),
    end_to_end_id      varchar(35),
    issued_at          timestamp with time zone not null,
    constraint settlement_statement_number unique (number)
);
create index settlement_statement_by_creditor on settlement_statement (creditor_id, number);
create index settlement_statement_by_run on settlement_statement (run_id, number);
