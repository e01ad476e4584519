-- One row per account whose statements Kulant imports. An import locks the rows of its accounts, so two imports
-- of one account run one after the other and the second finds the first's entries as duplicates.
create table bank_account (
    iban       varchar(34) primary key,
    first_seen timestamp with time zone not null
);
insert into bank_account (iban, first_seen) select distinct account_iban, current_timestamp from bank_entry;
