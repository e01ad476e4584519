-- Dunning: policies, runs (with the plan of a dry run), notices, and handovers waiting for approval.

create table dunning_policy (
    creditor_id uuid primary key references creditor (id),
    policy      text         not null,
    version     integer      not null,
    updated_at  timestamp with time zone not null,
    updated_by  varchar(200) not null
);

create table dunning_run (
    id           uuid primary key,
    creditor_id  uuid,
    as_of        date          not null,
    dry_run      boolean       not null,
    status       varchar(20)   not null,
    total        integer,
    processed    integer       not null,
    evaluated    integer       not null,
    handed_over  integer       not null,
    notices      varchar(400)  not null,
    skipped      varchar(1000) not null,
    started_at   timestamp with time zone not null,
    finished_at  timestamp with time zone,
    heartbeat_at timestamp with time zone not null,
    started_by   varchar(200)  not null,
    snapshot_id  uuid,
    error        varchar(2000)
);
create index dunning_run_by_scope on dunning_run (creditor_id, as_of);

create table dunning_plan (
    run_id         uuid        not null,
    claim_id       uuid        not null,
    creditor_id    uuid        not null,
    invoice_number varchar(50) not null,
    action         varchar(20) not null,
    level          integer,
    fee            numeric(19, 2),
    segment        varchar(40) not null,
    primary key (run_id, claim_id)
);

create table notice (
    id                 uuid primary key,
    creditor_id        uuid           not null,
    claim_id           uuid           not null references claim (id),
    debtor_id          uuid           not null,
    run_id             uuid           not null,
    combined_id        uuid           not null,
    level              integer        not null,
    level_name         varchar(60)    not null,
    issued_on          date           not null,
    pay_by             date           not null,
    channel            varchar(20)    not null,
    tone               varchar(20)    not null,
    segment            varchar(40)    not null,
    principal          numeric(19, 2) not null,
    interest           numeric(19, 2) not null,
    fees               numeric(19, 2) not null,
    costs              numeric(19, 2) not null,
    outstanding        numeric(19, 2) not null,
    fee_charged        numeric(19, 2) not null,
    fee_reason         varchar(40)    not null,
    flat_fee           numeric(19, 2) not null,
    payment_reference  varchar(35)    not null,
    announces_handover boolean        not null,
    created_at         timestamp with time zone not null,
    constraint notice_once_per_level unique (claim_id, level)
);
create index notice_by_combined on notice (combined_id);
create index notice_by_run on notice (run_id);

create table handover_approval (
    claim_id     uuid primary key references claim (id),
    creditor_id  uuid        not null,
    requested_on date        not null,
    run_id       uuid        not null,
    status       varchar(20) not null,
    decided_at   timestamp with time zone,
    decided_by   varchar(200)
);
create index handover_approval_by_creditor on handover_approval (creditor_id, status);
