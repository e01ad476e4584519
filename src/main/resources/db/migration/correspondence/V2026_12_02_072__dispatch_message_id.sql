-- The Message-ID an e-mail was sent with, to match the delivery status notification of a bounce to it.
alter table dispatch add column message_id varchar(250);
create index dispatch_by_message_id on dispatch (message_id);
