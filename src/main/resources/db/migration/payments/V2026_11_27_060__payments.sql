-- Bank statements as imported, their entries (each booked once per account), the payments in them and
-- what each payment was allocated to. creditor_id is the account owner's creditor, or for the agency's own
-- account the creditor a payment was matched to (null while it waits for a person).

create table bank_statement (
    id             uuid primary key,
    creditor_id    uuid,
    format         varchar(10)   not null,
    file_name      varchar(200),
    file_sha256    varchar(64)   not null,
    accounts       varchar(400)  not null,
    entries        integer       not null,
    credits        integer       not null,
    matched        integer       not null,
    unmatched      integer       not null,
    duplicates     integer       not null,
    returns        integer       not null,
    matched_amount numeric(19, 2) not null,
    warnings       varchar(4000),
    imported_at    timestamp with time zone not null,
    imported_by    varchar(200)  not null
);
create index bank_statement_by_creditor on bank_statement (creditor_id, imported_at);

create table bank_entry (
    id             uuid primary key,
    statement_id   uuid          not null references bank_statement (id),
    creditor_id    uuid,
    account_iban   varchar(34)   not null,
    content_key    varchar(200)  not null,
    bank_reference varchar(140),
    credit         boolean       not null,
    reversal       boolean       not null,
    returned       boolean       not null,
    amount         numeric(19, 2) not null,
    currency       char(3)       not null,
    booking_date   date          not null,
    value_date     date          not null,
    bank_code      varchar(40),
    constraint bank_entry_once unique (account_iban, content_key)
);
create index bank_entry_by_reference on bank_entry (account_iban, bank_reference);

create table payment (
    id                 uuid primary key,
    entry_id           uuid          not null references bank_entry (id),
    statement_id       uuid          not null,
    creditor_id        uuid,
    account_iban       varchar(34)   not null,
    kind               varchar(10)   not null,
    amount             numeric(19, 2) not null,
    booking_date       date          not null,
    end_to_end_id      varchar(140),
    bank_reference     varchar(140),
    mandate_id         varchar(140),
    payer_name         varchar(140),
    payer_iban         varchar(34),
    remittance         varchar(1000),
    creditor_reference varchar(40),
    return_reason      varchar(35),
    status             varchar(20)   not null,
    confidence         numeric(4, 3),
    reason             varchar(500),
    returns_payment_id uuid,
    created_at         timestamp with time zone not null,
    decided_at         timestamp with time zone,
    decided_by         varchar(200)
);
create index payment_by_status on payment (status, creditor_id);
create index payment_by_statement on payment (statement_id);
create index payment_by_end_to_end on payment (account_iban, end_to_end_id);
create index payment_by_payer_iban on payment (payer_iban);
create index payment_by_mandate on payment (account_iban, mandate_id);

create table payment_allocation (
    id          uuid primary key,
    payment_id  uuid          not null references payment (id),
    creditor_id uuid          not null,
    claim_id    uuid          not null,
    invoice_number varchar(50) not null,
    debtor_id   uuid          not null,
    amount      numeric(19, 2) not null,
    costs       numeric(19, 2) not null,
    fees        numeric(19, 2) not null,
    interest    numeric(19, 2) not null,
    principal   numeric(19, 2) not null,
    reversed    boolean       not null,
    created_at  timestamp with time zone not null
);
create index payment_allocation_by_payment on payment_allocation (payment_id);
create index payment_allocation_by_claim on payment_allocation (claim_id);
