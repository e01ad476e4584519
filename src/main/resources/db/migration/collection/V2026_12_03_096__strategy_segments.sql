-- Strategies per segment (issue 14, item 8): a creditor's segments with their own steps, as JSON, and a case's arm
-- may now name its segment ("SEGMENT:Geschäftskunden").
alter table collection_strategy add column segments varchar(16000);
alter table collection_case alter column strategy_arm set data type varchar(80);
