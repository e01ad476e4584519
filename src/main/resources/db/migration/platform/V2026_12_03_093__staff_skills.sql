-- What a case worker can take (issue 14, item 9): the languages they write and call in, whether they work business
-- debtors, and how many open cases at most (null: no limit). New cases are assigned within these.
alter table staff_user add column languages varchar(20) default 'de,en' not null;
alter table staff_user add column b2b boolean default true not null;
alter table staff_user add column capacity integer;
