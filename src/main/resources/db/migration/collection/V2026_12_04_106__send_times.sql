-- When debtors act in the portal, the hour collection e-mails go out is chosen from it: per debtor and per creditor.
create index case_activity_by_kind on case_activity (creditor_id, kind, at);
create index collection_case_by_debtor on collection_case (debtor_id, creditor_id);
