-- A response that carried a secret (an API key) is never stored for replay; the records kept so far may hold
-- such secrets and are dropped (they are kept 24 hours only).
delete from idempotency_record;
alter table idempotency_record add column withheld boolean default false not null;
