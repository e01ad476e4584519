-- What the claim's latest notice asked for: its amount, date and pay-by date, and what had been paid before it.
alter table claim add column demanded_amount numeric(19, 2);
alter table claim add column demanded_on date;
alter table claim add column demand_pay_by date;
alter table claim add column demand_paid_before numeric(19, 2);
