package de.kulant.collection;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.claims.ClaimId;
import de.kulant.law.CollectionCostQuery;
import de.kulant.law.CollectionCostResult;
import de.kulant.law.CollectionCosts;
import de.kulant.law.CostLine;
import de.kulant.platform.money.Money;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A case's costs spread over its claims, with the worked examples of legal-reference.md section 5 (mandates from
 * 2025-06-01, factor 0.9): 500.00 → 46.35 + 9.27 = 55.62; 1,000.00 → 83.70 + 16.74 = 100.44.
 */
class CaseCostsTest {

    private static final LocalDate MANDATE = LocalDate.of(2026, 11, 27);
    private static final CollectionCosts LAW = CollectionCosts.published();
    private final ClaimId a = new ClaimId(UUID.randomUUID());
    private final ClaimId b = new ClaimId(UUID.randomUUID());
    private final ClaimId c = new ClaimId(UUID.randomUUID());

    private static List<CostLine> maximum(String value, boolean deducts, Money flatFees) {
        CollectionCostResult result = LAW.maximum(new CollectionCostQuery(Money.eur(value), MANDATE, false, deducts, false),
                flatFees);
        return result.lines();
    }

    private static Map<String, Money> charged(List<CaseCosts.Share> shares) {
        Map<String, Money> byLine = new LinkedHashMap<>();
        shares.forEach(s -> byLine.merge(s.line().code(), s.amount(), Money::plus));
        return byLine;
    }

    @Test
    void twoClaimsOpeningACaseShareTheCostsOfTheirJointValueByValue() {
        List<CaseCosts.Share> shares = CaseCosts.shares(maximum("500.00", true, Money.zeroEur()), Map.of(),
                List.of(new CaseCosts.Member(a, Money.eur("300.00")), new CaseCosts.Member(b, Money.eur("200.00"))),
                List.of());

        Map<ClaimId, Money> perClaim = CaseCosts.perClaim(shares);
        // 46.35 × 3/5 = 27.81, 9.27 × 3/5 = 5.562 → 5.56; the second claim takes the rest
        assertThat(perClaim.get(a)).isEqualTo(Money.eur("33.37"));
        assertThat(perClaim.get(b)).isEqualTo(Money.eur("22.25"));
        assertThat(charged(shares)).containsEntry("BUSINESS_FEE", Money.eur("46.35"))
                .containsEntry("POSTAGE_FLAT_RATE", Money.eur("9.27"));
    }

    @Test
    void aClaimJoiningLaterCarriesOnlyTheDifferenceToTheJointMaximum() {
        List<CaseCosts.Share> first = CaseCosts.shares(maximum("500.00", true, Money.zeroEur()), Map.of(),
                List.of(new CaseCosts.Member(a, Money.eur("500.00"))), List.of());

        List<CaseCosts.Share> later = CaseCosts.shares(maximum("1000.00", true, Money.zeroEur()), charged(first),
                List.of(new CaseCosts.Member(b, Money.eur("500.00"))), List.of(new CaseCosts.Member(a, Money.eur("500.00"))));

        assertThat(CaseCosts.perClaim(first)).isEqualTo(Map.of(a, Money.eur("55.62")));
        // 100.44 − 55.62
        assertThat(CaseCosts.perClaim(later)).isEqualTo(Map.of(b, Money.eur("44.82")));
    }

    @Test
    void vatOnlyForACreditorThatCannotDeductIt() {
        List<CaseCosts.Share> shares = CaseCosts.shares(maximum("500.00", false, Money.zeroEur()), Map.of(),
                List.of(new CaseCosts.Member(a, Money.eur("500.00"))), List.of());

        assertThat(charged(shares)).containsEntry("VAT", Money.eur("10.57"));
        assertThat(CaseCosts.perClaim(shares).get(a)).isEqualTo(Money.eur("66.19"));
    }

    @Test
    void theFlatFeesOfSeveralBusinessClaimsAreSetOffAndWhatFallsIsTakenBackFromEarlierClaims() {
        // 1,000.00 with one 40 EUR flat fee: 100.44 − 40.00 = 60.44
        List<CaseCosts.Share> first = CaseCosts.shares(maximum("1000.00", true, Money.eur("40.00")), Map.of(),
                List.of(new CaseCosts.Member(a, Money.eur("1000.00"))), List.of());
        assertThat(CaseCosts.perClaim(first).get(a)).isEqualTo(Money.eur("60.44"));

        // a 100.00 claim with its own flat fee joins: 1,100.00 → 0.9 × 134.50 = 121.05 + 20.00 (cap) − 80.00 = 61.05
        List<CaseCosts.Share> joined = CaseCosts.shares(maximum("1100.00", true, Money.eur("80.00")), charged(first),
                List.of(new CaseCosts.Member(b, Money.eur("100.00"))), List.of(new CaseCosts.Member(a, Money.eur("60.44"))));
        assertThat(CaseCosts.perClaim(joined)).isEqualTo(Map.of(b, Money.eur("0.61")));

        // five flat fees on that matter: the set-off may not push the costs below zero (141.05 − 200.00 → 0.00), and
        // what falls is booked back from the earlier claims in proportion to the costs they carry
        List<CaseCosts.Share> third = CaseCosts.shares(maximum("1150.00", true, Money.eur("200.00")),
                charged(concat(first, joined)), List.of(new CaseCosts.Member(c, Money.eur("50.00"))),
                List.of(new CaseCosts.Member(a, Money.eur("60.44")), new CaseCosts.Member(b, Money.eur("0.61"))));
        assertThat(CaseCosts.perClaim(third)).isEqualTo(Map.of(a, Money.eur("-60.44"), b, Money.eur("-0.61")));
    }

    private static List<CaseCosts.Share> concat(List<CaseCosts.Share> one, List<CaseCosts.Share> two) {
        List<CaseCosts.Share> all = new java.util.ArrayList<>(one);
        all.addAll(two);
        return all;
    }
}
