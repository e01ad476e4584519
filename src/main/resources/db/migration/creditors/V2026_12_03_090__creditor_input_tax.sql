-- Whether a creditor can deduct input tax: only when it cannot may VAT be charged on collection costs (Nr. 7008 VV RVG).
alter table creditor add column deducts_input_tax boolean default true not null;
