-- The refund list's credit balances and refunds to recover sort by amount too; the largest come first.
create index overpayment_by_status_amount on overpayment (status, amount, id);
