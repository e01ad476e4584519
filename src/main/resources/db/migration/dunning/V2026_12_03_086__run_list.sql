-- The run list pages by keyset, newest start first: of one creditor, and across all of them for staff.
create index dunning_run_by_creditor_start on dunning_run (creditor_id, started_at, id);
create index dunning_run_by_start on dunning_run (started_at, id);
