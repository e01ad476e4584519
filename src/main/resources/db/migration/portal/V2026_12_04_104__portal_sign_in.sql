-- Wrong portal sign-ins per typed reference and per network address, shared by every instance.
create table portal_sign_in_failure (
    attempt_key      varchar(120) primary key,
    failures         integer      not null,
    last_failure_at  timestamp with time zone not null
);
