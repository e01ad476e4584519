-- A debtor whose claims ended and whose retention periods passed is anonymised; the books keep their amounts.
alter table debtor add column anonymised_at timestamp with time zone;
