-- The latest booking date of an account's stored entries: a chunk booked entirely after it cannot hold an entry
-- seen before, so the import skips looking its content keys up.
alter table bank_account add column latest_booking date;
update bank_account set latest_booking = (select max(e.booking_date) from bank_entry e where e.account_iban = bank_account.iban);
