-- Card and wallet checkouts through a payment provider; the provider's webhook settles them once.
create table online_payment (
    id                  uuid primary key,
    case_id             uuid          not null references collection_case (id),
    creditor_id         uuid          not null,
    provider            varchar(40)   not null,
    provider_reference  varchar(100)  not null,
    amount              numeric(19, 2) not null,
    status              varchar(20)   not null,
    created_at          timestamp with time zone not null,
    settled_at          timestamp with time zone,
    constraint online_payment_reference unique (provider, provider_reference)
);
create index online_payment_by_case on online_payment (case_id);
