-- Instalment plans (issue 15): the terms as agreed, each rate with its own RF reference and the running total it
-- completes, so the daily run finds missed rates with one comparison per rate: due_total against what came in.
create table case_plan (
    id                uuid primary key,
    case_id           uuid           not null,
    creditor_id       uuid           not null,
    status            varchar(20)    not null,
    open_balance      numeric(14, 2) not null,
    agreement_fee     numeric(14, 2) not null,
    amount            numeric(14, 2) not null,
    down_payment      numeric(14, 2),
    instalments       integer        not null,
    interval_kind     varchar(10)    not null,
    first_due_on      date           not null,
    interest_waived   boolean        not null,
    paid_before       numeric(14, 2) not null,
    paid_since        numeric(14, 2) not null,
    misses            integer        not null,
    agreed_on         date,
    ended_on          date,
    debit_iban        varchar(34),
    mandate_reference varchar(35),
    mandate_signed_on date,
    created_at        timestamp with time zone not null,
    created_by        varchar(200)   not null
);
create index case_plan_by_case on case_plan (case_id, created_at);
create index case_plan_by_status on case_plan (status, creditor_id);

create table case_plan_rate (
    plan_id     uuid           not null,
    number      integer        not null,
    case_id     uuid           not null,
    creditor_id uuid           not null,
    due_on      date           not null,
    amount      numeric(14, 2) not null,
    due_total   numeric(14, 2) not null,
    reference   varchar(25)    not null,
    status      varchar(10)    not null,
    paid_on     date,
    missed_on   date,
    primary key (plan_id, number)
);
create index case_plan_rate_due on case_plan_rate (status, due_on);

-- What changes the running of limitation for all claims of a case: an acknowledgement (§212 BGB), a pause (§205 BGB),
-- a court dunning application (§204 BGB), a title (§197 BGB).
create table case_limitation_event (
    id          uuid primary key,
    case_id     uuid         not null,
    creditor_id uuid         not null,
    kind        varchar(20)  not null,
    on_date     date         not null,
    until_date  date,
    what        varchar(300) not null,
    created_at  timestamp with time zone not null
);
create index case_limitation_event_by_case on case_limitation_event (case_id, on_date);

-- Payment pauses (Stundung, §205 BGB): until a day the case waits.
create table case_deferral (
    id          uuid primary key,
    case_id     uuid          not null,
    creditor_id uuid          not null,
    from_on     date          not null,
    until_on    date          not null,
    reason      varchar(1000) not null,
    status      varchar(10)   not null,
    created_at  timestamp with time zone not null,
    created_by  varchar(200)  not null
);
create index case_deferral_by_case on case_deferral (case_id, created_at);
create index case_deferral_running on case_deferral (status, until_on);

-- Settlement offers: a reduced total that ends the case when paid by its day; beyond the creditor's rules it waits
-- for the creditor's decision first.
create table case_settlement (
    id               uuid primary key,
    case_id          uuid           not null,
    creditor_id      uuid           not null,
    status           varchar(20)    not null,
    open_balance     numeric(14, 2) not null,
    amount           numeric(14, 2) not null,
    discount_percent numeric(5, 2)  not null,
    valid_until      date           not null,
    reference        varchar(25)    not null,
    paid_before      numeric(14, 2) not null,
    beyond_rules     varchar(200),
    created_at       timestamp with time zone not null,
    created_by       varchar(200)   not null,
    decided_at       timestamp with time zone,
    decided_by       varchar(200),
    ended_on         date
);
create index case_settlement_by_case on case_settlement (case_id, created_at);
create index case_settlement_by_status on case_settlement (status, creditor_id, created_at);
create index case_settlement_due on case_settlement (status, valid_until);

-- SEPA direct debits (pain.008.001.08): one file per collection date; each rate collected once, in one file.
alter table case_plan add column debit_holder varchar(70);
alter table case_plan_rate add column debit_file_id uuid;
create index case_plan_rate_debit_file on case_plan_rate (debit_file_id);
create table direct_debit_file (
    id              uuid primary key,
    collection_date date           not null,
    message_id      varchar(35)    not null,
    rates           integer        not null,
    total           numeric(14, 2) not null,
    document        text           not null,
    created_at      timestamp with time zone not null,
    created_by      varchar(200)   not null
);
create index direct_debit_file_by_date on direct_debit_file (collection_date, created_at);
