-- The daily collection run, shared by all instances: one row per run, its creditors cut into ranges (one chunk each in
-- run_chunk). A range is [creditor_from, creditor_to) in the database's own uuid order; null means open-ended.
create table collection_run (
    id          uuid        primary key,
    as_of       date        not null,
    status      varchar(10) not null,
    started_at  timestamp with time zone not null,
    started_by  varchar(200) not null,
    instance    varchar(36),
    finished_at timestamp with time zone,
    counts      varchar(4000),
    error       varchar(2000)
);
create index collection_run_running on collection_run (status);

create table collection_run_range (
    run_id        uuid    not null,
    number        integer not null,
    creditor_from uuid,
    creditor_to   uuid,
    primary key (run_id, number)
);

-- which run did a strategy step, so the run can say which steps it did (expand only: older instances leave it null)
alter table case_step add column run_id uuid;
create index case_step_run on case_step (run_id);
