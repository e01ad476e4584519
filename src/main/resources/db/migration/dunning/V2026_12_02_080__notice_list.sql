-- The notices page lists notices newest first, for one creditor or all, paged by keyset on (issued_on, id).
create index notice_by_creditor_issued on notice (creditor_id, issued_on, id);
create index notice_by_issued on notice (issued_on, id);
