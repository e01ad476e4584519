package de.kulant.dunning.internal;

import de.kulant.claims.DebtorId;
import de.kulant.law.FeeDecision;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A debtor's notices of one run go out as one combined letter, and one letter costs its paper and postage once
 * (legal-reference.md §7): of the claims whose fee is allowed, only the oldest keeps it.
 */
final class OneFeePerLetter {

    private static final Comparator<PlannedNotice> OLDEST_FIRST = Comparator
            .comparing((PlannedNotice p) -> p.claim().dueDate())
            .thenComparing(p -> p.claim().invoiceDate())
            .thenComparing(p -> p.claim().invoiceNumber());

    private OneFeePerLetter() {
    }

    /** The notices in the same order, each debtor's letter carrying at most one fee. */
    static List<PlannedNotice> settle(List<PlannedNotice> planned) {
        Map<DebtorId, PlannedNotice> carrier = new HashMap<>();
        for (PlannedNotice p : planned) {
            if (p.decision().fee() instanceof FeeDecision.FeeAllowed) {
                carrier.merge(p.claim().debtorId(), p, (a, b) -> OLDEST_FIRST.compare(a, b) <= 0 ? a : b);
            }
        }
        List<PlannedNotice> settled = new ArrayList<>(planned.size());
        for (PlannedNotice p : planned) {
            boolean refused = p.decision().fee() instanceof FeeDecision.FeeAllowed && carrier.get(p.claim().debtorId()) != p;
            settled.add(refused
                    ? new PlannedNotice(p.claim(), p.variant(), p.decision().withFee(
                            new FeeDecision.FeeRefused(FeeDecision.FeeReason.ONE_FEE_PER_LETTER)))
                    : p);
        }
        return settled;
    }
}
