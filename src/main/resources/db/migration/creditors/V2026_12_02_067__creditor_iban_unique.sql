-- Statements of an account book for the one creditor whose account it is: no two creditors share an IBAN.
create unique index creditor_by_iban on creditor (iban);
