-- The collection run reads the open rates that fell due for one range of creditors at a time (decision 037): with the
-- creditor in the index, the rates of the other ranges are passed over in the index instead of being read from the table.
create index case_plan_rate_due_creditor on case_plan_rate (status, due_on, creditor_id);
drop index case_plan_rate_due;
