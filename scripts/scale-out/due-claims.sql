-- Generated data for trying runs with several instances: :creditors shops, :debtors consumers spread over them, two
-- claims of 119.00 EUR each, all due on :'due' and none reminded yet. Every name starts with :'prefix', so several
-- sets can live in one database. psql: psql -v prefix=Z -v creditors=50 -v debtors=100000 -v due=2026-11-24 -f ...
insert into creditor (id, name, email, street, postal_code, city, country, iban, bic, promo_code,
                      handover_requires_approval, created_at)
select gen_random_uuid(), :'prefix' || '-Shop ' || g, lower(:'prefix') || g || '@shop.example.org', 'Weg 1', '10115',
       'Berlin', 'DE', 'DE' || lpad((98 - ((bban || '131400')::numeric % 97))::text, 2, '0') || bban, null, null, false,
       now()
from generate_series(1, :creditors) g,
     -- a valid German IBAN of its own for every shop (ISO 13616 check digits)
     lateral (select '37040044' || lpad((ascii(:'prefix') * 1000000 + g)::text, 10, '0') as bban) account;

insert into debtor (id, creditor_id, match_key, customer_number, kind, name, email, phone, street, postal_code, city,
                    country, created_at, updated_at, customer_tag)
select gen_random_uuid(), c.id, 'C:' || :'prefix' || '-' || g, :'prefix' || '-' || g, 'CONSUMER', 'Kundin ' || g,
       null, null, 'Weg ' || (g % 100 + 1), '30159', 'Hannover', 'DE', now(), now(), null
from generate_series(1, :debtors) g
join (select id, row_number() over (order by id) - 1 as n from creditor where name like :'prefix' || '-Shop %') c
  on c.n = g % :creditors;

insert into claim (id, creditor_id, debtor_id, invoice_number, invoice_date, due_date, currency, amount,
                   consumer_notice_given, calendar_due_date_agreed, status, dunning_level, default_since, default_rule,
                   principal_open, interest_open, fees_open, costs_open, paid_total, interest_posted_through,
                   last_posting_date, content_hash, version, created_at, updated_at, reference_number, next_dunning_on)
select gen_random_uuid(), d.creditor_id, d.id, d.customer_number || '-' || k, date :'due' - 14, date :'due', 'EUR',
       119.00, false, false, 'OPEN', 0, null, null, 119.00, 0, 0, 0, 0, null, date :'due' - 14,
       md5(d.customer_number || '-' || k) || md5(d.customer_number), 0, now(), now(),
       nextval('claim_reference_number'), date :'due'
from debtor d cross join generate_series(1, 2) k
where d.match_key like 'C:' || :'prefix' || '-%';

analyze creditor;
analyze debtor;
analyze claim;
