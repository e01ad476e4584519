-- The payments waiting for a person and a statement's entries also sort by amount, paged by keyset on (amount, id).
create index payment_by_creditor_status_amount on payment (creditor_id, status, amount, id);
create index payment_by_status_amount on payment (status, amount, id);
create index payment_by_statement_amount on payment (statement_id, amount, id);
