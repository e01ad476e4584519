-- The chunks of a run shared by all instances: each claims one with FOR UPDATE SKIP LOCKED, keeps it alive with a
-- heartbeat (lease_until), and marks it done in the chunk's own transaction only while its token still holds.
create table run_chunk (
    run_id      uuid        not null,
    number      integer     not null,
    kind        varchar(40) not null,
    first_item  integer     not null,
    last_item   integer     not null,
    status      varchar(10) not null,
    owner       varchar(36),
    token       uuid,
    lease_until timestamp with time zone,
    attempts    integer     not null default 0,
    error       varchar(2000),
    counts      varchar(4000),
    done_at     timestamp with time zone,
    primary key (run_id, number)
);
create index run_chunk_claimable on run_chunk (kind, status, lease_until);
alter table dunning_run add column history boolean not null default false;
