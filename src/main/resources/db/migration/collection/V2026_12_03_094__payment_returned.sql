-- The day the bank returned a payment on one of the case's claims, until a case worker has looked at it (issue 14).
alter table collection_case add column payment_returned_on date;
