-- Refunds paid back by SEPA credit transfer: one batch per file handed to the bank (its pain.001 kept as sent),
-- one item per refund in it: a payment that was not ours, or a debtor's credit balance.
create table refund_batch (
    id             uuid primary key,
    creditor_id    uuid,
    account_iban   varchar(34)    not null,
    message_id     varchar(35)    not null,
    items          integer        not null,
    total          numeric(19, 2) not null,
    execution_date date           not null,
    document       text           not null,
    created_at     timestamp with time zone not null,
    created_by     varchar(200)   not null
);
create index refund_batch_by_creditor on refund_batch (creditor_id, created_at);

create table refund_item (
    id                uuid primary key,
    batch_id          uuid           not null references refund_batch (id),
    payment_id        uuid,
    credit_balance_id uuid,
    name              varchar(140)   not null,
    iban              varchar(34)    not null,
    amount            numeric(19, 2) not null,
    end_to_end_id     varchar(35)    not null,
    remittance        varchar(140)   not null
);
create index refund_item_by_batch on refund_item (batch_id);
