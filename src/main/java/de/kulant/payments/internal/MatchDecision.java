package de.kulant.payments.internal;

import de.kulant.claims.MatchCandidate;
import de.kulant.payments.Reason;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What matching concluded for one payment.
 *
 * @param claims the claims it pays, in the payer's order; empty when nothing fitted well enough
 * @param statutoryOrder whether the payer named none of them, so §366 Abs. 2 BGB orders them
 * @param confidence 0 to 1; booked without a person at or above the configured threshold
 * @param reason why, as a code the UI puts in words
 * @param suggestions claims a person may want to look at when it is not booked
 * @param others the same debtor's other open claims: what the payment leaves over after {@code claims} goes
 *               to them by §366 Abs. 2 BGB before any of it counts as overpaid
 */
public record MatchDecision(UUID paymentId, List<MatchCandidate> claims, boolean statutoryOrder, BigDecimal confidence,
                            Reason reason, List<MatchCandidate> suggestions, List<MatchCandidate> others) {

    MatchDecision(UUID paymentId, List<MatchCandidate> claims, boolean statutoryOrder, BigDecimal confidence,
                  Reason reason, List<MatchCandidate> suggestions) {
        this(paymentId, claims, statutoryOrder, confidence, reason, suggestions, List.of());
    }

    static MatchDecision none(UUID paymentId, Reason reason, List<MatchCandidate> suggestions) {
        return new MatchDecision(paymentId, List.of(), false, BigDecimal.ZERO.setScale(3), reason, suggestions);
    }

    MatchDecision withOthers(List<MatchCandidate> otherClaims) {
        return new MatchDecision(paymentId, claims, statutoryOrder, confidence, reason, suggestions, otherClaims);
    }
}
