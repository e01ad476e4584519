-- A new password for a shop's user ends the sessions that began before it.
alter table creditor_user add column sessions_valid_from timestamp with time zone;
