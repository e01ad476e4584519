-- A shop's DATEV export: its tax adviser's consultant number and its client number there, the chart of accounts
-- (SKR03 or SKR04) whose standard accounts are used unless one is set here, and the month its fiscal year starts.
create table datev_settings (
    creditor_id          uuid primary key,
    consultant_number    integer      not null,
    client_number        integer      not null,
    chart                varchar(5)   not null,
    fiscal_year_start    integer      not null,
    debtors_account      integer,
    bank_account         integer,
    client_money_account integer,
    interest_account     integer,
    fees_account         integer,
    credit_notes_account integer,
    write_offs_account   integer,
    commission_account   integer,
    updated_at           timestamp with time zone not null
);
