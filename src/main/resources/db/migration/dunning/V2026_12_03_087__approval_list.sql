-- Pending approvals page by keyset, oldest request first: of one creditor, and across all of them for staff.
create index handover_approval_by_creditor_request on handover_approval (creditor_id, status, requested_on, claim_id);
create index handover_approval_by_request on handover_approval (status, requested_on, claim_id);
-- the first new index begins with the same columns
drop index handover_approval_by_creditor;
