-- The refund list pages credit balances and refunds to recover by keyset, for one creditor or all.
create index overpayment_by_creditor_status_booking on overpayment (creditor_id, status, booking_date, id);
create index overpayment_by_status_booking on overpayment (status, booking_date, id);
create index overpayment_by_status_returned on overpayment (status, returned_on, id);
