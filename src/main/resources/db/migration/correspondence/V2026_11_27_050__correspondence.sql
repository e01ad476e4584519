-- Correspondence: the creditor's letterhead, the dispatch queue (one row per letter or e-mail and channel),
-- its delivery log, and the archive of documents sent.

create table letterhead (
    creditor_id    uuid primary key references creditor (id),
    sender_line    varchar(120),
    contact_person varchar(80),
    phone          varchar(40),
    email          varchar(254),
    signature      varchar(200),
    logo           bytea,
    free_texts     text,
    updated_at     timestamp with time zone not null,
    updated_by     varchar(200) not null
);

create table dispatch (
    id              uuid primary key,
    creditor_id     uuid          not null,
    debtor_id       uuid          not null,
    combined_id     uuid          not null,
    run_id          uuid,
    channel         varchar(10)   not null,
    status          varchar(20)   not null,
    attempts        integer       not null,
    next_attempt_at timestamp with time zone not null,
    locked_until    timestamp with time zone,
    recipient       varchar(254),
    issued_on       date          not null,
    document_id     uuid,
    error           varchar(2000),
    note            varchar(200),
    sent_on         date,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint dispatch_once_per_channel unique (combined_id, channel)
);
create index dispatch_due on dispatch (status, next_attempt_at);
create index dispatch_by_day on dispatch (sent_on, channel, status);
create index dispatch_by_run on dispatch (run_id, status);

create table delivery_event (
    id          uuid primary key,
    dispatch_id uuid          not null,
    creditor_id uuid          not null,
    occurred_at timestamp with time zone not null,
    event       varchar(30)   not null,
    detail      varchar(2000)
);
create index delivery_event_by_dispatch on delivery_event (dispatch_id, occurred_at);

create table document (
    id          uuid primary key,
    creditor_id uuid         not null,
    combined_id uuid,
    kind        varchar(20)  not null,
    media_type  varchar(100) not null,
    sha256      varchar(64)  not null,
    size_bytes  bigint       not null,
    pages       integer,
    storage_key varchar(300) not null,
    issued_on   date         not null,
    created_at  timestamp with time zone not null
);
create unique index document_once_per_letter on document (combined_id, kind);

create table document_claim (
    document_id uuid not null,
    claim_id    uuid not null,
    primary key (document_id, claim_id)
);
create index document_claim_by_claim on document_claim (claim_id);
