-- The creditor's contract: whether a claim may go to collection only after the creditor approved it.
alter table creditor add column handover_requires_approval boolean default false not null;
