-- The address and invoices a letter was printed with, for the print file: one read per day, and the address
-- stays the one on the letter even if the debtor's address changes later.
alter table document add column address_name varchar(200);
alter table document add column address_street varchar(200);
alter table document add column address_postal_code varchar(20);
alter table document add column address_city varchar(100);
alter table document add column address_country varchar(2);
alter table document add column invoice_numbers varchar(2000);
