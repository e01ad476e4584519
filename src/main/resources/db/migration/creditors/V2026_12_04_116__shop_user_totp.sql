-- Optional two-factor sign-in for a shop's users: the authenticator secret (pending until confirmed with a code),
-- when it was switched on, and the last code's time step, so that a code signs in once.
alter table creditor_user add column totp_secret varchar(64);
alter table creditor_user add column totp_enabled_at timestamp with time zone;
alter table creditor_user add column totp_last_step bigint;
