-- The dispatch list pages newest first by keyset on (created_at, id), for one creditor or all.
create index dispatch_by_creditor_created on dispatch (creditor_id, created_at, id);
create index dispatch_by_created on dispatch (created_at, id);
