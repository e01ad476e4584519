-- Platform: staff users, the audit trail, idempotency records and the event publication registry.

create table staff_user (
    id            uuid primary key,
    username      varchar(100) not null unique,
    password_hash varchar(200) not null,
    role          varchar(20)  not null,
    enabled       boolean      not null,
    created_at    timestamp with time zone not null
);

create table audit_event (
    id           uuid primary key,
    creditor_id  uuid,
    entity_type  varchar(40)  not null,
    entity_id    varchar(64)  not null,
    action       varchar(60)  not null,
    actor        varchar(200) not null,
    occurred_at  timestamp with time zone not null,
    before_state text,
    after_state  text
);
create index audit_event_by_entity on audit_event (entity_type, entity_id, occurred_at);

create table idempotency_record (
    scope           varchar(100) not null,
    idempotency_key varchar(200) not null,
    request_hash    varchar(64)  not null,
    status          integer,
    content_type    varchar(200),
    body            bytea,
    created_at      timestamp with time zone not null,
    primary key (scope, idempotency_key)
);
create index idempotency_record_by_age on idempotency_record (created_at);

-- Spring Modulith's JDBC event publication registry (schema v2): the transactional outbox.
create table event_publication (
    id                     uuid primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(8000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_completion_date on event_publication (completion_date);
