-- A notice left out at sending time because its claim no longer stood (paid, on hold, ...).
alter table notice add column dropped boolean default false not null;
