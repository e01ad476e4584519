-- The admin list of creditors pages by keyset on (name, id); the other orders read a list of at most a few thousand.
create index creditor_by_name on creditor (name, id);
