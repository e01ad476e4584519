-- The dispatch list also sorts by attempts (for one creditor or all), paged by keyset on (attempts, id).
create index dispatch_by_creditor_attempts on dispatch (creditor_id, attempts, id);
create index dispatch_by_attempts on dispatch (attempts, id);
