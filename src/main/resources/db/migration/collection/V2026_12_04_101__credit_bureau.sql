-- Credit-bureau reporting (issue 15): the bureau a creditor reports to (none when null), and the day a case's debtor
-- was first told in a letter that the claim may be reported, one of the criteria a report needs.
alter table agreement_rules add column credit_bureau varchar(100);
alter table collection_case add column bureau_told_on date;
