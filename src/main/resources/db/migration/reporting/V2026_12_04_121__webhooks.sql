-- A shop's webhook endpoints: the signing secret is stored encrypted (platform.SecretBox); during a rotation the
-- previous one signs as well until previous_until.
create table webhook_endpoint (
    id              uuid primary key,
    creditor_id     uuid          not null,
    url             varchar(2000) not null,
    events          varchar(400)  not null,
    secret_sealed   varchar(200)  not null,
    previous_sealed varchar(200),
    previous_until  timestamp with time zone,
    created_at      timestamp with time zone not null,
    deleted_at      timestamp with time zone
);
create index webhook_endpoint_by_creditor on webhook_endpoint (creditor_id, created_at);

-- One event for one endpoint: retried with back-off until delivered or a day has passed.
create table webhook_delivery (
    id              uuid primary key,
    creditor_id     uuid         not null,
    endpoint_id     uuid         not null,
    event_id        uuid         not null,
    event_type      varchar(40)  not null,
    payload         text         not null,
    status          varchar(12)  not null,
    attempts        integer      not null,
    next_attempt_at timestamp with time zone not null,
    lease_until     timestamp with time zone,
    created_at      timestamp with time zone not null,
    delivered_at    timestamp with time zone,
    constraint webhook_delivery_once unique (endpoint_id, event_id)
);
create index webhook_delivery_due on webhook_delivery (status, next_attempt_at);
create index webhook_delivery_by_endpoint on webhook_delivery (creditor_id, endpoint_id, created_at, id);

-- Every attempt with what the endpoint answered: the delivery log.
create table webhook_attempt (
    id           uuid primary key,
    creditor_id  uuid         not null,
    delivery_id  uuid         not null,
    attempted_at timestamp with time zone not null,
    status_code  integer,
    error        varchar(300),
    duration_ms  integer      not null
);
create index webhook_attempt_by_delivery on webhook_attempt (delivery_id, attempted_at);
