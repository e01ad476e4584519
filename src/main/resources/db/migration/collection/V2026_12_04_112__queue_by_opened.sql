-- The work queue also sorts by the day a case opened, paged by keyset on (opened_on, id) within one worker's cases.
create index collection_case_queue_by_opened on collection_case (assignee, opened_on, id);
