package de.kulant.collection;

import de.kulant.claims.ClaimId;
import de.kulant.law.CostLine;
import de.kulant.platform.money.Money;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spreads what a case's collection costs must change by over its claims. The law gives one maximum for the whole
 * matter (the claims' values added, §22 Abs. 1 RVG); what was charged before stays, and the difference of each line
 * is shared by the claims that just joined in proportion to their value (or, when it falls, taken back from the
 * earlier ones in proportion to the costs they carry), the last claim taking the cents of rounding.
 */
final class CaseCosts {

    /** A claim of the case with its weight: the value of a joining claim, the costs an earlier claim carries. */
    record Member(ClaimId claim, Money value) {
    }

    /** One cost line's share on one claim. */
    record Share(ClaimId claim, CostLine line, Money amount) {
    }

    private CaseCosts() {
    }

    /**
     * The shares that bring what was charged per line ({@code charged}, by line code) to {@code wanted}: spread over
     * {@code joined} when the total rises, over {@code earlier} when it falls.
     */
    static List<Share> shares(List<CostLine> wanted, Map<String, Money> charged, List<Member> joined,
                              List<Member> earlier) {
        Map<String, CostLine> deltas = new LinkedHashMap<>();
        Money total = Money.zeroEur();
        for (CostLine line : wanted) {
            Money delta = line.amount().minus(charged.getOrDefault(line.code(), Money.zeroEur()));
            deltas.put(line.code(), new CostLine(line.code(), line.labelDe(), line.labelEn(), delta, line.basis()));
            total = total.plus(delta);
        }
        for (Map.Entry<String, Money> before : charged.entrySet()) {
            if (!deltas.containsKey(before.getKey()) && !before.getValue().isZero()) {
                Money delta = before.getValue().negate();
                deltas.put(before.getKey(), new CostLine(before.getKey(), before.getKey(), before.getKey(), delta, "-"));
                total = total.plus(delta);
            }
        }
        List<Member> over = total.isNegative() || joined.isEmpty() ? earlier : joined;
        List<Share> shares = new ArrayList<>();
        for (CostLine delta : deltas.values()) {
            if (!delta.amount().isZero()) {
                spread(delta, over, shares);
            }
        }
        return shares;
    }

    private static void spread(CostLine delta, List<Member> over, List<Share> shares) {
        Money sum = over.stream().map(Member::value).reduce(Money.zeroEur(), Money::plus);
        if (!sum.isPositive()) {
            return;
        }
        Money left = delta.amount();
        for (int i = 0; i < over.size(); i++) {
            Member member = over.get(i);
            Money share = i == over.size() - 1 ? left
                    : Money.eur(delta.amount().amount().multiply(member.value().amount())
                            .divide(sum.amount(), 2, RoundingMode.HALF_UP));
            left = left.minus(share);
            if (!share.isZero()) {
                shares.add(new Share(member.claim(), delta, share));
            }
        }
    }

    /** The shares summed per claim: what is posted on each. */
    static Map<ClaimId, Money> perClaim(List<Share> shares) {
        Map<ClaimId, Money> sums = new LinkedHashMap<>();
        shares.forEach(s -> sums.merge(s.claim(), s.amount(), Money::plus));
        sums.values().removeIf(Money::isZero);
        return sums;
    }
}
