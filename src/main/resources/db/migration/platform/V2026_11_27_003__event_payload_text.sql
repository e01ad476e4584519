-- A dunning run chunk publishes one event listing all its letters; that is far more than 8,000 characters.
alter table event_publication alter column serialized_event set data type text;
