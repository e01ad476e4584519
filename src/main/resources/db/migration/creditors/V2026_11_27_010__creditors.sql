-- Creditors (our tenants, the shops) and their API keys, stored as SHA-256 hashes only.

create table creditor (
    id          uuid primary key,
    name        varchar(140) not null,
    email       varchar(254) not null,
    street      varchar(140) not null,
    postal_code varchar(10)  not null,
    city        varchar(70)  not null,
    country     char(2)      not null,
    iban        varchar(34)  not null,
    bic         varchar(11),
    promo_code  varchar(40),
    created_at  timestamp with time zone not null
);

create table api_key (
    id          uuid primary key,
    creditor_id uuid         not null references creditor (id),
    key_hash    varchar(64)  not null unique,
    key_prefix  varchar(16)  not null,
    created_at  timestamp with time zone not null,
    created_by  varchar(200) not null,
    revoked_at  timestamp with time zone,
    revoked_by  varchar(200)
);
create index api_key_by_creditor on api_key (creditor_id);
