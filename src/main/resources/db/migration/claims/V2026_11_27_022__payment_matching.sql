-- Keys that let a bank payment find its claim by index: invoice numbers without separators and as bare
-- digits, debtor names folded and sorted. Filled for existing rows by the Java migration that follows.

alter table claim add column invoice_key varchar(50);
alter table claim add column invoice_digits varchar(50);
alter table debtor add column name_key varchar(140);
create index claim_by_invoice_key on claim (invoice_key);
create index claim_by_invoice_digits on claim (invoice_digits);
create index debtor_by_name_key on debtor (name_key);

-- The bank payment an overpayment came from, so that a returned payment takes its credit balance back.
alter table overpayment add column payment_id uuid;
