-- The day a message from the debtor (letter, e-mail) came in that no case worker has answered yet (issue 14).
alter table collection_case add column message_waiting_since date;
