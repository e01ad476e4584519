-- Issue 18: which instance holds a SENDING dispatch, and whether it began to send it. When that instance dies, a
-- dispatch it had not begun (or a letter, which only goes into the print file) is sent by another instance; an e-mail
-- it had begun waits as UNCERTAIN for a person, since it may have left.
alter table dispatch add column claimed_by varchar(64);
alter table dispatch add column sending_started_at timestamp;
