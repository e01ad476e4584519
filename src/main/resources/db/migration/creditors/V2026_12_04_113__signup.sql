-- Shops sign up by themselves: promo codes (managed by admins), the shop's own users, the e-mail confirmation,
-- and the contract terms each shop accepted (commission, months waived by a promo code, when it accepted).
create table promo_code (
    code                     varchar(40)  primary key,
    waives_commission_months integer      not null,
    valid_until              date,
    max_uses                 integer,
    uses                     integer      not null,
    created_at               timestamp with time zone not null,
    created_by               varchar(200) not null
);

create table creditor_user (
    id            uuid primary key,
    creditor_id   uuid         not null,
    email         varchar(254) not null,
    password_hash varchar(200) not null,
    role          varchar(20)  not null,
    confirmed_at  timestamp with time zone,
    created_at    timestamp with time zone not null,
    constraint creditor_user_email unique (email)
);
create index creditor_user_by_creditor on creditor_user (creditor_id);

create table creditor_user_link (
    token_hash  varchar(64) primary key,
    user_id     uuid        not null,
    purpose     varchar(20) not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone
);
create index creditor_user_link_by_user on creditor_user_link (user_id);

alter table creditor add column vat_id varchar(20);
alter table creditor add column commission_percent numeric(5, 2);
alter table creditor add column commission_waived_until date;
alter table creditor add column terms_version varchar(20);
alter table creditor add column terms_accepted_at timestamp with time zone;
