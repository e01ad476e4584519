-- The authenticator secret is stored encrypted (AES-GCM, "v1:" and Base64, about 90 characters); plain ones are
-- sealed by the first instance that starts.
alter table creditor_user alter column totp_secret set data type varchar(200);
