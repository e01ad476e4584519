-- The waiver's last day as the statement applied it, so that its lines show the same "without commission" mark later.
alter table settlement_statement add column commission_waived_until date;
