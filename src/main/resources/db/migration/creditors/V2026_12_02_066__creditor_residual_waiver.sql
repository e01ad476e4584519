-- What a creditor lets go when a debtor pays what a notice asked for by its pay-by date (decision 013).
alter table creditor add column residual_waiver boolean default true not null;
alter table creditor add column residual_waiver_maximum numeric(19, 2) default 5.00 not null;
alter table creditor add column residual_principal_tolerance numeric(19, 2) default 0.00 not null;
