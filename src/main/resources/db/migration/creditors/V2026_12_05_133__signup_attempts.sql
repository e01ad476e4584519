-- Sign-ups per network address, to refuse a flood of them (each one mails a confirmation link to any address typed);
-- rows older than an hour are deleted as new ones come.
create table signup_attempt (
    address    varchar(60) not null,
    signed_up_at timestamp with time zone not null
);
create index signup_attempt_by_address on signup_attempt (address, signed_up_at);
