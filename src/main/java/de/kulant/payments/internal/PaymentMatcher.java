package de.kulant.payments.internal;

import de.kulant.claims.DebtorId;
import de.kulant.claims.MatchCandidate;
import de.kulant.claims.MatchKeys;
import de.kulant.payments.Reason;
import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * Finds the claims bank payments belong to, in order of certainty: (1) RF references, (2) invoice numbers in
 * the remittance text, with or without prefix and with one typo, (3) a payer known by IBAN or name together
 * with the amount. RF references carry check digits; invoice numbers do not, and one mistyped digit of a
 * sequential number is another customer's number, so an invoice number counts only when the payer's name or
 * IBAN confirms it. Anything less is a suggestion for a person.
 */
final class PaymentMatcher {

    static final BigDecimal REFERENCE = new BigDecimal("1.000");
    static final BigDecimal INVOICE_NUMBER = new BigDecimal("0.970");
    static final BigDecimal CONFIRMED_NUMBER = new BigDecimal("0.950");
    static final BigDecimal UNCONFIRMED_NUMBER = new BigDecimal("0.800");
    static final BigDecimal KNOWN_ACCOUNT = new BigDecimal("0.930");
    static final BigDecimal TYPO = new BigDecimal("0.900");
    static final BigDecimal NAME_AND_AMOUNT = new BigDecimal("0.900");
    private static final int MAX_SUGGESTIONS = 5;

    List<MatchDecision> match(List<PaymentToMatch> payments, CandidateSource source) {
        Map<String, Integer> debtorsPerName = new HashMap<>();
        Map<String, Set<String>> nameTokens = new HashMap<>();
        Map<UUID, PaymentFacts> facts = new LinkedHashMap<>();
        for (PaymentToMatch p : payments) {
            facts.put(p.id(), new PaymentFacts(p, debtorsPerName, nameTokens));
        }
        // each lookup only for the payments the ones before left open: most carry their RF reference
        Map<Long, MatchCandidate> byReference = source.byReferenceNumbers(collect(facts.values(), f -> f.text.references))
                .stream().collect(Collectors.toMap(MatchCandidate::referenceNumber, c -> c, (a, b) -> a));
        Map<UUID, MatchDecision> decisions = new LinkedHashMap<>();
        List<PaymentFacts> rest = new ArrayList<>();
        for (PaymentFacts f : facts.values()) {
            MatchDecision d = byReference(f, byReference);
            decisions.put(f.payment.id(), d);
            if (d == null) {
                rest.add(f);
            }
        }
        Map<String, List<MatchCandidate>> byKey = group(source.byInvoiceKeys(collect(rest, f -> f.text.keys)),
                c -> MatchKeys.invoiceKey(c.invoiceNumber()));
        Map<String, List<MatchCandidate>> byDigits = group(source.byInvoiceDigits(collect(rest, f -> f.text.digits)),
                c -> MatchKeys.invoiceDigits(c.invoiceNumber()));
        // how common a name is matters only where the name alone would confirm a number
        Set<String> confirming = new HashSet<>();
        for (PaymentFacts f : rest) {
            candidatesByNumber(f, byKey, byDigits).stream()
                    .filter(c -> c.nameKey() != null && f.sameName(c.nameKey()) && !PaymentFacts.fits(c, f.payment.amount()))
                    .forEach(c -> confirming.add(c.nameKey()));
        }
        debtorsPerName.putAll(source.debtorsPerName(confirming));
        Map<String, Collection<DebtorId>> ibanDebtors = source.debtorsByIban(collect(rest,
                f -> f.payment.payerIban() == null ? List.of() : List.of(f.payment.payerIban())));
        Map<DebtorId, List<MatchCandidate>> byDebtor = group(source.openOfDebtors(ibanDebtors.values().stream()
                .flatMap(Collection::stream).collect(Collectors.toSet())), MatchCandidate::debtor);
        // a common name with a number but not its amount: the payer's other claims show whether it is a typo
        Map<String, List<MatchCandidate>> byName = new HashMap<>();
        Set<String> rivalNames = new HashSet<>();
        for (PaymentFacts f : rest) {
            f.known = ibanDebtors.getOrDefault(f.payment.payerIban(), List.of());
            f.byName = byName;
            for (MatchCandidate c : candidatesByNumber(f, byKey, byDigits)) {
                if (f.sameName(c.nameKey()) && debtorsPerName.getOrDefault(c.nameKey(), 2) > 1
                        && !PaymentFacts.fits(c, f.payment.amount())) {
                    rivalNames.addAll(f.nameKeys);
                }
            }
        }
        byName.putAll(group(source.openByNameKeys(rivalNames), MatchCandidate::nameKey));
        List<PaymentFacts> unnamed = new ArrayList<>();
        for (PaymentFacts f : rest) {
            MatchDecision d = decide(f, byReference, byKey, byDigits, Map.of(), byDebtor);
            decisions.put(f.payment.id(), d);
            if (d.claims().isEmpty() && !f.nameKeys.isEmpty()) {
                unnamed.add(f);
            }
        }
        List<String> names = collect(unnamed, f -> f.nameKeys).stream().filter(k -> !byName.containsKey(k)).toList();
        byName.putAll(group(source.openByNameKeys(names), MatchCandidate::nameKey));
        names.forEach(k -> byName.putIfAbsent(k, List.of()));
        for (PaymentFacts f : unnamed) {
            decisions.put(f.payment.id(), decide(f, byReference, byKey, byDigits, byName, byDebtor));
        }
        List<PaymentFacts> undecided = rest.stream().filter(f -> decisions.get(f.payment.id()).claims().isEmpty()).toList();
        typos(undecided, source, decisions, byName, byDebtor);
        Map<UUID, Money> amounts = new HashMap<>();
        payments.forEach(p -> amounts.put(p.id(), p.amount()));
        return withOthers(new ArrayList<>(decisions.values()), amounts, source);
    }

    /**
     * Adds to each decision that pays more than its claims owe the debtor's other open claims, which take what
     * the named claims leave over.
     */
    private static List<MatchDecision> withOthers(List<MatchDecision> decisions, Map<UUID, Money> amounts,
                                                  CandidateSource source) {
        Set<DebtorId> debtors = new HashSet<>();
        decisions.stream().filter(d -> !d.statutoryOrder() && !d.claims().isEmpty()
                        && amounts.get(d.paymentId()).isGreaterThan(d.claims().stream().map(MatchCandidate::outstanding)
                        .reduce(Money::plus).orElseThrow()))
                .forEach(d -> d.claims().forEach(c -> debtors.add(c.debtor())));
        if (debtors.isEmpty()) {
            return decisions;
        }
        Map<DebtorId, List<MatchCandidate>> open = group(source.openOfDebtors(debtors), MatchCandidate::debtor);
        List<MatchDecision> result = new ArrayList<>(decisions.size());
        for (MatchDecision d : decisions) {
            if (d.claims().isEmpty() || d.statutoryOrder() || !debtors.contains(d.claims().get(0).debtor())) {
                result.add(d);
                continue;
            }
            CreditorId creditor = d.claims().get(0).creditor();
            Set<DebtorId> own = d.claims().stream().map(MatchCandidate::debtor).collect(Collectors.toSet());
            List<MatchCandidate> others = own.stream().flatMap(debtor -> open.getOrDefault(debtor, List.of()).stream())
                    .filter(c -> c.creditor().equals(creditor)
                            && d.claims().stream().noneMatch(n -> n.id().equals(c.id()))).collect(byClaim());
            result.add(others.isEmpty() ? d : d.withOthers(others));
        }
        return result;
    }

    private MatchDecision decide(PaymentFacts f, Map<Long, MatchCandidate> byReference, Map<String, List<MatchCandidate>> byKey,
                                 Map<String, List<MatchCandidate>> byDigits, Map<String, List<MatchCandidate>> byName,
                                 Map<DebtorId, List<MatchCandidate>> byDebtor) {
        PaymentToMatch p = f.payment;
        List<MatchCandidate> seen = new ArrayList<>(referenced(f, byReference));

        // a mistyped number is often another customer's number, so a number counts only with the payer confirmed
        List<MatchCandidate> numbered = new ArrayList<>();
        List<MatchCandidate> amountOnly = new ArrayList<>();
        for (String key : f.text.keys) {
            List<MatchCandidate> found = byKey.getOrDefault(key, List.of());
            seen.addAll(found);
            for (MatchCandidate c : found) {
                if (f.confirms(c)) {
                    numbered.add(c);
                } else if (distinctive(key) && found.size() == 1 && PaymentFacts.fits(c, p.amount())) {
                    amountOnly.add(c);
                }
            }
        }
        numbered = numbered.stream().collect(byClaim());
        if (!numbered.isEmpty() && oneCreditor(numbered)) {
            return new MatchDecision(p.id(), numbered, false, INVOICE_NUMBER, Reason.of("invoice", invoices(numbered)),
                    List.of());
        }
        if (amountOnly.size() == 1) {
            return new MatchDecision(p.id(), amountOnly, false, UNCONFIRMED_NUMBER,
                    Reason.of("invoiceOtherPayer", invoices(amountOnly)), amountOnly);
        }

        List<MatchCandidate> byNumber = new ArrayList<>();
        for (String digits : f.text.digits) {
            for (MatchCandidate c : byDigits.getOrDefault(digits, List.of())) {
                seen.add(c);
                if (f.confirms(c)) {
                    byNumber.add(c);
                }
            }
        }
        byNumber = byNumber.stream().collect(byClaim());
        if (!byNumber.isEmpty() && oneCreditor(byNumber)) {
            return new MatchDecision(p.id(), byNumber, false, CONFIRMED_NUMBER, Reason.of("invoiceDigits",
                    invoices(byNumber)), List.of());
        }

        if (!f.known.isEmpty()) {
            List<MatchCandidate> open = f.known.stream().flatMap(d -> byDebtor.getOrDefault(d, List.of()).stream()).toList();
            seen.addAll(open);
            MatchDecision d = byAmount(p, open, KNOWN_ACCOUNT, "iban");
            if (d != null) {
                return d;
            }
        }

        List<MatchCandidate> named = f.nameKeys.stream().flatMap(k -> byName.getOrDefault(k, List.of()).stream())
                .filter(c -> f.sameName(c.nameKey())).collect(byClaim());
        seen.addAll(named);
        MatchDecision d = byAmount(p, named, NAME_AND_AMOUNT, "name");
        if (d != null) {
            return d;
        }
        return MatchDecision.none(p.id(), Reason.of(seen.isEmpty() ? "nothing" : "uncertain"), suggestions(p, seen));
    }

    private static List<MatchCandidate> referenced(PaymentFacts f, Map<Long, MatchCandidate> byReference) {
        return f.text.references.stream().map(byReference::get).filter(c -> c != null).collect(byClaim());
    }

    /** The claims the payment's valid RF references name, if they are of one creditor; else null. */
    private static MatchDecision byReference(PaymentFacts f, Map<Long, MatchCandidate> byReference) {
        List<MatchCandidate> referenced = referenced(f, byReference);
        if (referenced.isEmpty() || !oneCreditor(referenced)) {
            return null;
        }
        return new MatchDecision(f.payment.id(), referenced, false, REFERENCE, Reason.of("rf", invoices(referenced)),
                List.of());
    }

    /** One open claim whose amount is exactly the payment, or one debtor whose open claims add up to it. */
    private static MatchDecision byAmount(PaymentToMatch p, List<MatchCandidate> open, BigDecimal confidence, String how) {
        List<MatchCandidate> fitting = open.stream().filter(c -> PaymentFacts.fits(c, p.amount())).collect(byClaim());
        if (fitting.size() == 1) {
            return new MatchDecision(p.id(), fitting, false, confidence, Reason.of(how, invoices(fitting)), List.of());
        }
        Map<DebtorId, List<MatchCandidate>> perDebtor = group(open, MatchCandidate::debtor);
        List<List<MatchCandidate>> whole = perDebtor.values().stream()
                .filter(claims -> claims.size() > 1 && claims.stream().map(MatchCandidate::outstanding)
                        .reduce(Money::plus).orElseThrow().equals(p.amount()))
                .toList();
        if (fitting.isEmpty() && whole.size() == 1 && oneCreditor(whole.get(0))) {
            return new MatchDecision(p.id(), whole.get(0), true, confidence, Reason.of(how + "Total",
                    invoices(whole.get(0))), List.of());
        }
        return null;
    }

    /**
     * Second round for what found nothing: an RF reference whose check digits a one-digit change repairs, or an
     * invoice number one typo away from an open claim of the payer (known by name or IBAN) with exactly the amount.
     */
    private void typos(List<PaymentFacts> undecided, CandidateSource source, Map<UUID, MatchDecision> decisions,
                       Map<String, List<MatchCandidate>> byName, Map<DebtorId, List<MatchCandidate>> byDebtor) {
        if (undecided.isEmpty()) {
            return;
        }
        Map<Long, MatchCandidate> byReference = source.byReferenceNumbers(collect(undecided, f -> f.text.repairedReferences))
                .stream().collect(Collectors.toMap(MatchCandidate::referenceNumber, c -> c, (a, b) -> a));
        for (PaymentFacts f : undecided) {
            List<MatchCandidate> found = new ArrayList<>();
            f.text.repairedReferences.stream().map(byReference::get).filter(c -> c != null).forEach(found::add);
            List<MatchCandidate> payers = new ArrayList<>();
            f.nameKeys.forEach(k -> payers.addAll(byName.getOrDefault(k, List.of())));
            f.known.forEach(d -> payers.addAll(byDebtor.getOrDefault(d, List.of())));
            for (MatchCandidate c : payers) {
                String digits = MatchKeys.invoiceDigits(c.invoiceNumber());
                if (digits != null && f.text.digits.stream().anyMatch(t -> t.length() >= 5 && Typos.oneApart(t, digits))) {
                    found.add(c);
                }
            }
            List<MatchCandidate> sure = found.stream().collect(byClaim()).stream()
                    .filter(c -> c.open() && PaymentFacts.fits(c, f.payment.amount())
                            && (f.sameName(c.nameKey()) || f.known.contains(c.debtor())))
                    .toList();
            MatchDecision before = decisions.get(f.payment.id());
            if (sure.size() == 1) {
                decisions.put(f.payment.id(), new MatchDecision(f.payment.id(), sure, false, TYPO, Reason.of("typo",
                        invoices(sure)), List.of()));
            } else if (!found.isEmpty()) {
                List<MatchCandidate> all = new ArrayList<>(before.suggestions());
                all.addAll(found);
                decisions.put(f.payment.id(), MatchDecision.none(f.payment.id(), before.reason(), suggestions(f.payment, all)));
            }
        }
    }

    /** A key that cannot be a customer number or a date: letters and digits, or very long. */
    private static boolean distinctive(String key) {
        boolean letters = key.chars().anyMatch(Character::isLetter);
        return (letters && key.length() >= 5) || key.length() >= 12;
    }

    private static List<MatchCandidate> candidatesByNumber(PaymentFacts f, Map<String, List<MatchCandidate>> byKey,
                                                           Map<String, List<MatchCandidate>> byDigits) {
        List<MatchCandidate> found = new ArrayList<>();
        f.text.keys.forEach(k -> found.addAll(byKey.getOrDefault(k, List.of())));
        f.text.digits.forEach(d -> found.addAll(byDigits.getOrDefault(d, List.of())));
        return found;
    }

    private static boolean oneCreditor(List<MatchCandidate> claims) {
        Set<CreditorId> creditors = new HashSet<>();
        claims.forEach(c -> creditors.add(c.creditor()));
        return creditors.size() == 1;
    }

    private static List<MatchCandidate> suggestions(PaymentToMatch p, List<MatchCandidate> seen) {
        return seen.stream().collect(byClaim()).stream().filter(MatchCandidate::open)
                .sorted(Comparator.comparing((MatchCandidate c) -> !PaymentFacts.fits(c, p.amount())).thenComparing(MatchCandidate::dueDate))
                .limit(MAX_SUGGESTIONS).toList();
    }

    private static String invoices(List<MatchCandidate> claims) {
        return claims.stream().map(MatchCandidate::invoiceNumber).collect(Collectors.joining(", "));
    }

    /** Each claim once, in the order first seen; by id, as one claim may come from several lookups. */
    private static Collector<MatchCandidate, ?, List<MatchCandidate>> byClaim() {
        return Collectors.collectingAndThen(Collectors.toMap(MatchCandidate::id, c -> c, (a, b) -> a,
                LinkedHashMap::new), map -> new ArrayList<>(map.values()));
    }

    private static <T> List<T> collect(Collection<PaymentFacts> facts, Function<PaymentFacts, Collection<T>> values) {
        Set<T> all = new LinkedHashSet<>();
        facts.forEach(f -> all.addAll(values.apply(f)));
        return new ArrayList<>(all);
    }

    private static <K> Map<K, List<MatchCandidate>> group(List<MatchCandidate> candidates, Function<MatchCandidate, K> key) {
        Map<K, List<MatchCandidate>> map = new HashMap<>();
        for (MatchCandidate c : candidates) {
            K k = key.apply(c);
            if (k != null) {
                map.computeIfAbsent(k, x -> new ArrayList<>()).add(c);
            }
        }
        return map;
    }


}
