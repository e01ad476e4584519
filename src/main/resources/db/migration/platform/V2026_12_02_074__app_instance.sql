-- The running application instances with their heartbeat, so that the work of one that died (kill -9) is recognised
-- at once: its job locks are released and its dunning run is marked failed.
create table app_instance (
    id           varchar(36)  primary key,
    host         varchar(255) not null,
    pid          bigint       not null,
    started_at   timestamp with time zone not null,
    heartbeat_at timestamp with time zone not null
);
alter table dunning_run add column instance_id varchar(36);
