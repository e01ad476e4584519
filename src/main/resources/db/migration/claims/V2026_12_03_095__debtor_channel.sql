-- How the debtor wants to be written to (EMAIL or LETTER), as they or a case worker stated it; null: no preference.
alter table debtor add column preferred_channel varchar(10);
