-- A case worker's work on a case (issue 14): promises to pay, disputes, and the hardship flag.
alter table collection_case add column hardship boolean default false not null;

create table case_promise (
    id           uuid primary key,
    case_id      uuid           not null references collection_case (id),
    creditor_id  uuid           not null,
    amount       numeric(14, 2) not null,
    due_on       date           not null,
    -- what the case's claims had been paid in all when the promise was made: a payment counts from there
    paid_before  numeric(14, 2) not null,
    status       varchar(10)    not null,
    created_at   timestamp with time zone not null,
    created_by   varchar(200)   not null,
    resolved_on  date
);
create index case_promise_by_case on case_promise (case_id, status);
create index case_promise_due on case_promise (status, due_on);

create table case_dispute (
    id              uuid primary key,
    case_id         uuid          not null references collection_case (id),
    creditor_id     uuid          not null,
    reason          varchar(40)   not null,
    text            varchar(4000) not null,
    status          varchar(10)   not null,
    opened_at       timestamp with time zone not null,
    opened_by       varchar(200)  not null,
    resolved_at     timestamp with time zone,
    resolved_by     varchar(200),
    resolution_text varchar(4000)
);
create index case_dispute_by_case on case_dispute (case_id, status);
create index case_dispute_open on case_dispute (creditor_id, status, opened_at);

-- The work queue: each case's priority score and its reasons ("PROMISE_BROKEN:50 AMOUNT:12"), refreshed on every
-- change of the case and by the daily collection run; a case worker's queue pages by keyset on this index.
alter table collection_case add column priority integer default 0 not null;
alter table collection_case add column priority_reasons varchar(300) default '' not null;
create index collection_case_queue on collection_case (assignee, priority, id);
