-- A combined letter is written again, as a new revision, when some of its claims no longer stand at sending time.
alter table document add column revision integer default 0 not null;
drop index document_once_per_letter;
create unique index document_once_per_letter on document (combined_id, kind, revision);
