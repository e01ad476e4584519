package de.kulant.collection;

import java.util.List;

/**
 * The baseline of {@link CaseOpeningBenchmark}: what opening the cases writes, as set-based SQL on the benchmark's
 * claims ({@code O-…}), with the amounts taken as given instead of computed by law, and how to take it back.
 */
final class CaseOpeningBaseline {

    private CaseOpeningBaseline() {
    }

    static final List<String> STATEMENTS = List.of("""
            insert into collection_case (id, creditor_id, debtor_id, reference, status, open_debtor, mandate_date,
                opened_on, opened_by, assignee, cost_factor, first_demand_until, version, created_at, priority,
                priority_reasons, strategy_arm)
            select gen_random_uuid(), d.creditor_id, d.debtor_id, 'Z' || lpad((row_number() over ())::text, 10, '0'),
                'OPEN', d.debtor_id, date '2026-11-27', date '2026-11-27', 'baseline',
                'agent.' || (abs(hashtext(d.debtor_id::text)) % 20), 0.5, date '2026-12-11', 0, now(), 10,
                'AMOUNT:10', 'CHAMPION'
            from (select distinct creditor_id, debtor_id from claim
                  where invoice_number like 'O-%' and status = 'COLLECTION') d""", """
            insert into case_claim (claim_id, case_id, creditor_id, joined_on, claim_value, chargeable)
            select c.id, k.id, c.creditor_id, date '2026-11-27', c.principal_open, true
            from claim c join collection_case k on k.creditor_id = c.creditor_id and k.open_debtor = c.debtor_id
            where c.invoice_number like 'O-%' and k.opened_by = 'baseline'""", """
            insert into case_cost (id, case_id, creditor_id, claim_id, code, label_de, label_en, amount, basis,
                claim_value, factor, fee_table, charged_on, created_at)
            select gen_random_uuid(), l.case_id, l.creditor_id, l.claim_id, x.code, x.label_de, x.label_en,
                round(l.claim_value * x.share, 2), x.basis, l.claim_value, 0.5, 'RVG 2025', date '2026-11-27', now()
            from case_claim l join collection_case k on k.id = l.case_id
            cross join (values ('BUSINESS_FEE', 'Geschäftsgebühr', 'Business fee', 0.05,
                                'Nr. 2300 VV RVG, § 13e Abs. 1 RDG'),
                               ('EXPENSES_FLAT', 'Auslagenpauschale', 'Flat rate for expenses', 0.01,
                                'Nr. 7002 VV RVG')) as x(code, label_de, label_en, share, basis)
            where k.opened_by = 'baseline'""", """
            insert into ledger_posting (id, creditor_id, claim_id, entry_id, kind, bucket, amount, booking_date, note,
                source_kind, source_id, created_at, created_by)
            select gen_random_uuid(), t.creditor_id, t.claim_id, gen_random_uuid(), 'COST', 'COSTS', sum(t.amount),
                date '2026-11-27', 'Inkassokosten Fall ' || k.reference, 'CASE', t.case_id, now(), 'baseline'
            from case_cost t join collection_case k on k.id = t.case_id
            where k.opened_by = 'baseline'
            group by t.creditor_id, t.claim_id, t.case_id, k.reference""", """
            update claim c set costs_open = c.costs_open + p.amount, version = c.version + 1, updated_at = now()
            from ledger_posting p where p.claim_id = c.id and p.created_by = 'baseline'""", """
            insert into case_letter (id, creditor_id, debtor_id, case_reference, kind, letter_date, content, created_at)
            select gen_random_uuid(), k.creditor_id, k.debtor_id, k.reference, 'FIRST', date '2026-11-27',
                json_build_object('caseReference', k.reference, 'kind', 'FIRST', 'date', '2026-11-27',
                    'payBy', '2026-12-11', 'agency', json_build_object('name', 'Kulant Inkasso GmbH',
                        'street', 'Musterstraße 1', 'postalCode', '10115', 'city', 'Berlin',
                        'email', 'post@kulant.example', 'phone', '+49 30 1234567',
                        'register', 'Rechtsdienstleistungsregister, Az. 3712 E – 1.2026',
                        'supervisoryAuthority', 'Präsident des Kammergerichts, Elßholzstraße 30–33, 10781 Berlin',
                        'privacyContact', 'datenschutz@kulant.example'),
                    'portalUrl', 'http://localhost:8080/portal?reference=' || k.reference || '&code=ABCD-EFGH',
                    'claims', (select json_agg(l.claim_id) from case_claim l where l.case_id = k.id),
                    'costs', (select json_agg(json_build_object('claimId', t.claim_id, 'labelDe', t.label_de,
                        'labelEn', t.label_en, 'amount', t.amount, 'basis', t.basis))
                        from case_cost t where t.case_id = k.id))::text, now()
            from collection_case k where k.opened_by = 'baseline'""", """
            insert into dispatch (id, creditor_id, debtor_id, combined_id, channel, status, attempts, next_attempt_at,
                recipient, issued_on, note, created_at, updated_at)
            select gen_random_uuid(), l.creditor_id, l.debtor_id, l.id, x.channel, 'PENDING', 0, now(),
                case when x.channel = 'EMAIL' then d.email else d.name end, l.letter_date, 'baseline', now(), now()
            from case_letter l join collection_case k on k.reference = l.case_reference
            join debtor d on d.id = l.debtor_id
            cross join (values ('LETTER'), ('EMAIL')) as x(channel)
            where k.opened_by = 'baseline' and (x.channel = 'LETTER' or d.email is not null)""", """
            insert into case_activity (id, case_id, creditor_id, at, kind, actor, text)
            select gen_random_uuid(), k.id, k.creditor_id, now(), x.kind, 'baseline', x.text || k.reference
            from collection_case k
            cross join (values ('CASE_OPENED', 'Fall eröffnet mit Rechnung '),
                               ('COSTS_CHARGED', 'Inkassokosten berechnet, Fall '),
                               ('LETTER', 'Erstes Schreiben (§ 13a RDG) zum Versand vorgemerkt, Fall '),
                               ('ASSIGNED', 'Zugewiesen, Fall ')) as x(kind, text)
            where k.opened_by = 'baseline'""", """
            insert into case_step (case_id, step_index, creditor_id, action, outcome, done_on)
            select k.id, 0, k.creditor_id, 'LETTER', 'DONE', date '2026-11-27'
            from collection_case k where k.opened_by = 'baseline'""", """
            insert into audit_event (id, creditor_id, entity_type, entity_id, action, actor, occurred_at, before_state,
                after_state)
            select gen_random_uuid(), p.creditor_id, 'claim', p.claim_id::text, 'costs.charged', 'baseline', now(),
                null, json_build_object('case', p.source_id, 'amount', p.amount, 'on', p.booking_date)::text
            from ledger_posting p where p.created_by = 'baseline'
            union all
            select gen_random_uuid(), k.creditor_id, 'case', k.id::text, x.action, 'baseline', now(), null,
                json_build_object('reference', k.reference, 'assignee', k.assignee)::text
            from collection_case k cross join (values ('case.opened'), ('case.assigned')) as x(action)
            where k.opened_by = 'baseline'""");

    static final List<String> RESET = List.of(
            "delete from case_step where case_id in (select id from collection_case where opened_by = 'baseline')",
            "delete from case_activity where actor = 'baseline'",
            "delete from dispatch where note = 'baseline'",
            "delete from case_letter where case_reference in "
                    + "(select reference from collection_case where opened_by = 'baseline')",
            "delete from case_cost where case_id in (select id from collection_case where opened_by = 'baseline')",
            "delete from case_claim where case_id in (select id from collection_case where opened_by = 'baseline')",
            "delete from audit_event where actor = 'baseline'",
            "update claim set costs_open = 0, version = 0 where invoice_number like 'O-%'",
            "delete from ledger_posting where created_by = 'baseline'",
            "delete from collection_case where opened_by = 'baseline'");
}
