-- Debtors, claims, the append-only ledger, holds and overpayments. Every row carries creditor_id.

create table debtor (
    id              uuid primary key,
    creditor_id     uuid         not null references creditor (id),
    match_key       varchar(300) not null,
    customer_number varchar(50),
    kind            varchar(10)  not null,
    name            varchar(140) not null,
    email           varchar(254),
    phone           varchar(40),
    street          varchar(140) not null,
    postal_code     varchar(10)  not null,
    city            varchar(70)  not null,
    country         char(2)      not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint debtor_match_key_unique unique (creditor_id, match_key)
);

create table claim (
    id                       uuid primary key,
    creditor_id              uuid          not null references creditor (id),
    debtor_id                uuid          not null references debtor (id),
    invoice_number           varchar(50)   not null,
    invoice_date             date          not null,
    due_date                 date          not null,
    currency                 char(3)       not null,
    amount                   numeric(19, 2) not null,
    consumer_notice_given    boolean       not null,
    calendar_due_date_agreed boolean       not null,
    status                   varchar(20)   not null,
    dunning_level            integer       not null,
    default_since            date,
    default_rule             varchar(20),
    principal_open           numeric(19, 2) not null,
    interest_open            numeric(19, 2) not null,
    fees_open                numeric(19, 2) not null,
    costs_open               numeric(19, 2) not null,
    paid_total               numeric(19, 2) not null,
    interest_posted_through  date,
    last_posting_date        date          not null,
    content_hash             varchar(64)   not null,
    version                  integer       not null,
    created_at               timestamp with time zone not null,
    updated_at               timestamp with time zone not null,
    constraint claim_invoice_number_unique unique (creditor_id, invoice_number)
);
create index claim_by_creditor_status_due on claim (creditor_id, status, due_date);
create index claim_by_debtor on claim (debtor_id);
create index claim_by_due_date on claim (due_date);

create table ledger_posting (
    id           uuid primary key,
    creditor_id  uuid          not null,
    claim_id     uuid          not null references claim (id),
    entry_id     uuid          not null,
    kind         varchar(20)   not null,
    bucket       varchar(10)   not null,
    amount       numeric(19, 2) not null,
    booking_date date          not null,
    period_from  date,
    period_to    date,
    reference    varchar(140),
    note         varchar(500),
    created_at   timestamp with time zone not null,
    created_by   varchar(200)  not null
);
create index ledger_posting_by_claim on ledger_posting (claim_id, booking_date);

create table claim_hold (
    id          uuid primary key,
    creditor_id uuid         not null,
    claim_id    uuid         not null references claim (id),
    kind        varchar(20)  not null,
    reason      varchar(500) not null,
    until_date  date,
    created_at  timestamp with time zone not null,
    created_by  varchar(200) not null,
    lifted_at   timestamp with time zone,
    lifted_by   varchar(200)
);
create index claim_hold_by_claim on claim_hold (claim_id);

create table overpayment (
    id           uuid primary key,
    creditor_id  uuid          not null,
    debtor_id    uuid          not null references debtor (id),
    claim_id     uuid          not null references claim (id),
    amount       numeric(19, 2) not null,
    booking_date date          not null,
    reference    varchar(140),
    status       varchar(20)   not null,
    created_at   timestamp with time zone not null
);
create index overpayment_by_creditor on overpayment (creditor_id, status);
