-- A credit balance refunded out of a payment the bank later returned: the money paid back is to be recovered.
alter table overpayment add column returned_on date;
alter table overpayment add column resolved_at timestamp with time zone;
alter table overpayment add column resolved_by varchar(200);
alter table overpayment add column resolved_note varchar(500);
