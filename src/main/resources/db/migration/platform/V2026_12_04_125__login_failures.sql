-- Failed password logins per user name and per network address, shared by all instances (was kept in memory).
create table login_failure (
    failure_key     varchar(300) primary key,
    failures        integer      not null,
    last_failure_at timestamp with time zone not null,
    last_attempt_at timestamp with time zone not null
);
create index login_failure_by_age on login_failure (last_failure_at);
