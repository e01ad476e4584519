-- The notice list also sorts by level and by the amount asked (for one creditor or all), paged by keyset on (key, id).
create index notice_by_creditor_level on notice (creditor_id, level, id);
create index notice_by_level on notice (level, id);
create index notice_by_creditor_outstanding on notice (creditor_id, outstanding, id);
create index notice_by_outstanding on notice (outstanding, id);
