-- Every posting records its source: the intake, a notice, a payment, a credit note (later a case or an agreement).
-- Reversing a payment reads what it paid from the ledger by its source.
alter table ledger_posting add column source_kind varchar(20);
alter table ledger_posting add column source_id uuid;
create index ledger_posting_by_source on ledger_posting (source_id);
update ledger_posting set source_kind = 'INTAKE', source_id = claim_id where kind = 'CLAIM';
