-- A dispatcher takes a batch of due dispatches with one update and reads back the rows its token marks.
alter table dispatch add column claim_token uuid;
create index dispatch_by_claim_token on dispatch (claim_token);
