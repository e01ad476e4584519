-- Staff accounts managed by admins: a name and e-mail per person, one-time links to set a password
-- (invitation, reset), and a point in time before which every session of the person has ended.

alter table staff_user add column name varchar(200);
alter table staff_user add column email varchar(254);
alter table staff_user add column password_set_at timestamp with time zone;
alter table staff_user add column sessions_valid_from timestamp with time zone;

update staff_user set password_set_at = created_at;

create table staff_password_link (
    token_hash varchar(64) primary key,
    user_id    uuid        not null references staff_user (id),
    purpose    varchar(20) not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null
);

create index staff_password_link_user on staff_password_link (user_id);
