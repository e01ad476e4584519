-- Payment lists page by keyset in booking order: the queue (by status, of one creditor or all) and a statement's payments.
create index payment_by_creditor_status_booking on payment (creditor_id, status, booking_date, id);
create index payment_by_status_booking on payment (status, booking_date, id);
create index payment_by_statement_booking on payment (statement_id, booking_date, id);
-- the new indexes begin with the same columns
drop index payment_by_status;
drop index payment_by_statement;
