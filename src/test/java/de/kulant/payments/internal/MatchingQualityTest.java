package de.kulant.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimStatus;
import de.kulant.claims.DebtorId;
import de.kulant.claims.MatchCandidate;
import de.kulant.claims.MatchKeys;
import de.kulant.payments.LabelledPayments;
import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Matching on the labelled synthetic set of 10,000 payments: no payment may be booked to a wrong claim
 * (precision 100 %), and at least 95 % of the payments that belong to claims must be booked by themselves.
 */
class MatchingQualityTest {

    private static final CreditorId SHOP = new CreditorId(UUID.nameUUIDFromBytes("shop".getBytes()));

    @Test
    void onTheLabelledSetEveryAutomaticBookingIsRightAndAtLeast95PercentAreFound() {
        LabelledPayments.Dataset set = LabelledPayments.generate(20261127L, 10_000, 100_001L);
        Quality quality = measure(set);

        System.out.printf("labelled set: %d payments, %d with a claim, %d booked, %d right, precision %.4f, recall %.4f%n",
                set.payments().size(), quality.withClaim, quality.booked, quality.right, quality.precision(),
                quality.recall());
        quality.missedByKind.forEach((kind, n) -> System.out.printf("  not booked: %-18s %d%n", kind, n));
        assertThat(quality.wrong).as("payments booked to a wrong claim").isEmpty();
        assertThat(quality.recall()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void moneyThatBelongsToNoClaimIsNeverBooked() {
        LabelledPayments.Dataset set = LabelledPayments.generate(7L, 3_000, 500_001L);
        Quality quality = measure(set);

        assertThat(quality.bookedWithoutClaim).isZero();
        assertThat(quality.wrong).isEmpty();
    }

    static final class Quality {
        int withClaim;
        int booked;
        int right;
        int bookedWithoutClaim;
        final List<String> wrong = new ArrayList<>();
        final Map<String, Integer> missedByKind = new TreeMap<>();

        double precision() {
            return booked == 0 ? 1 : (double) right / booked;
        }

        double recall() {
            return (double) right / withClaim;
        }
    }

    static Quality measure(LabelledPayments.Dataset set) {
        Map<Integer, MatchCandidate> candidates = new HashMap<>();
        Map<ClaimId, Integer> indexOf = new HashMap<>();
        for (LabelledPayments.Claim c : set.claims()) {
            LabelledPayments.Debtor d = set.debtors().get(c.debtor());
            MatchCandidate candidate = new MatchCandidate(new ClaimId(UUID.nameUUIDFromBytes(("c" + c.index()).getBytes())),
                    SHOP, new DebtorId(UUID.nameUUIDFromBytes(("d" + d.index()).getBytes())), c.invoiceNumber(),
                    c.reference(), ClaimStatus.OPEN, Money.eur(c.amount()), Money.eur(c.amount()),
                    LocalDate.of(2026, 10, 1), d.name(), MatchKeys.nameKey(d.name()));
            candidates.put(c.index(), candidate);
            indexOf.put(candidate.id(), c.index());
        }
        Map<String, Collection<DebtorId>> knownIbans = new HashMap<>();
        for (LabelledPayments.Debtor d : set.debtors()) {
            if (d.ibanKnown()) {
                knownIbans.put(d.iban(), List.of(new DebtorId(UUID.nameUUIDFromBytes(("d" + d.index()).getBytes()))));
            }
        }
        InMemoryCandidates source = new InMemoryCandidates(candidates.values(), knownIbans);
        List<PaymentToMatch> payments = new ArrayList<>();
        Map<UUID, LabelledPayments.Payment> labelled = new HashMap<>();
        for (LabelledPayments.Payment p : set.payments()) {
            UUID id = UUID.nameUUIDFromBytes(("p" + p.index()).getBytes());
            labelled.put(id, p);
            payments.add(new PaymentToMatch(id, Money.eur(p.amount()), LocalDate.of(2026, 11, 20), p.payerName(),
                    p.payerIban(), p.remittance(), p.structuredReference(), null));
        }
        Quality quality = new Quality();
        PaymentMatcher matcher = new PaymentMatcher();
        for (int from = 0; from < payments.size(); from += 1000) {
            for (MatchDecision d : matcher.match(payments.subList(from, Math.min(payments.size(), from + 1000)), source)) {
                LabelledPayments.Payment truth = labelled.get(d.paymentId());
                if (!truth.truth().isEmpty()) {
                    quality.withClaim++;
                }
                boolean auto = d.confidence().compareTo(new BigDecimal("0.9")) >= 0 && !d.claims().isEmpty();
                if (!auto) {
                    if (!truth.truth().isEmpty()) {
                        quality.missedByKind.merge(truth.kind(), 1, Integer::sum);
                    }
                    continue;
                }
                quality.booked++;
                Set<Integer> paid = paidClaims(d, truth, indexOf);
                if (truth.truth().isEmpty()) {
                    quality.bookedWithoutClaim++;
                    quality.wrong.add(truth.kind() + ": " + truth + " -> " + d.reason());
                } else if (paid.equals(truth.truth())) {
                    quality.right++;
                } else {
                    quality.wrong.add(truth.kind() + ": " + truth + " -> " + paid + " " + d.reason());
                }
            }
        }
        return quality;
    }

    /** The claims the booking would give money to: the named ones, then the debtor's others with what is left. */
    private static Set<Integer> paidClaims(MatchDecision d, LabelledPayments.Payment p, Map<ClaimId, Integer> indexOf) {
        Set<Integer> paid = new HashSet<>();
        Money left = Money.eur(p.amount());
        List<MatchCandidate> order = new ArrayList<>(d.claims());
        order.addAll(d.others());
        for (MatchCandidate c : order) {
            if (!left.isPositive()) {
                break;
            }
            paid.add(indexOf.get(c.id()));
            left = left.minus(left.min(c.outstanding()));
        }
        return paid;
    }

    /** The database's lookups over a list, for a test that needs thousands of claims in milliseconds. */
    static final class InMemoryCandidates implements CandidateSource {
        private final Map<Long, MatchCandidate> byReference = new HashMap<>();
        private final Map<String, List<MatchCandidate>> byKey = new HashMap<>();
        private final Map<String, List<MatchCandidate>> byDigits = new HashMap<>();
        private final Map<String, List<MatchCandidate>> byName = new HashMap<>();
        private final Map<DebtorId, List<MatchCandidate>> byDebtor = new HashMap<>();
        private final Map<String, Collection<DebtorId>> ibans;

        InMemoryCandidates(Collection<MatchCandidate> claims, Map<String, Collection<DebtorId>> ibans) {
            this.ibans = ibans;
            for (MatchCandidate c : claims) {
                byReference.put(c.referenceNumber(), c);
                byKey.computeIfAbsent(MatchKeys.invoiceKey(c.invoiceNumber()), k -> new ArrayList<>()).add(c);
                byDigits.computeIfAbsent(MatchKeys.invoiceDigits(c.invoiceNumber()), k -> new ArrayList<>()).add(c);
                byName.computeIfAbsent(c.nameKey(), k -> new ArrayList<>()).add(c);
                byDebtor.computeIfAbsent(c.debtor(), k -> new ArrayList<>()).add(c);
            }
        }

        @Override
        public List<MatchCandidate> byReferenceNumbers(Collection<Long> numbers) {
            return numbers.stream().map(byReference::get).filter(c -> c != null).toList();
        }

        @Override
        public List<MatchCandidate> byInvoiceKeys(Collection<String> keys) {
            return keys.stream().flatMap(k -> byKey.getOrDefault(k, List.of()).stream()).toList();
        }

        @Override
        public List<MatchCandidate> byInvoiceDigits(Collection<String> digits) {
            return digits.stream().flatMap(k -> byDigits.getOrDefault(k, List.of()).stream()).toList();
        }

        @Override
        public List<MatchCandidate> openByNameKeys(Collection<String> nameKeys) {
            return nameKeys.stream().flatMap(k -> byName.getOrDefault(k, List.of()).stream()).toList();
        }

        @Override
        public Map<String, Integer> debtorsPerName(Collection<String> nameKeys) {
            Map<String, Integer> counts = new HashMap<>();
            for (String key : nameKeys) {
                long debtors = byName.getOrDefault(key, List.of()).stream().map(MatchCandidate::debtor).distinct().count();
                if (debtors > 0) {
                    counts.put(key, (int) debtors);
                }
            }
            return counts;
        }

        @Override
        public Map<String, Collection<DebtorId>> debtorsByIban(Collection<String> wanted) {
            Map<String, Collection<DebtorId>> found = new HashMap<>();
            wanted.forEach(iban -> {
                if (ibans.containsKey(iban)) {
                    found.put(iban, ibans.get(iban));
                }
            });
            return found;
        }

        @Override
        public List<MatchCandidate> openOfDebtors(Collection<DebtorId> debtors) {
            return debtors.stream().flatMap(d -> byDebtor.getOrDefault(d, List.of()).stream()).toList();
        }
    }
}
