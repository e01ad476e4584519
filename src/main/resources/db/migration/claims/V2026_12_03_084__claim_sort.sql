-- The claim list sorts by amount too (by due date and invoice number it already walks an index); keyset by (amount, id).
create index claim_by_creditor_amount on claim (creditor_id, amount, id);
