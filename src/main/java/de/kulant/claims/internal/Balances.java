package de.kulant.claims.internal;

import de.kulant.claims.Balance;
import de.kulant.law.DefaultInterest;
import de.kulant.law.InterestResult;
import de.kulant.platform.money.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * A claim's balance on a date D: what a payment booked on D must be to settle it. The postings up to D plus
 * interest accrued since the last posting up to and including D − 1, the same rule a payment on D is booked by
 * (the first day of default bears interest, the day the money arrives does not; legal-reference.md §2).
 */
public final class Balances {

    private Balances() {
    }

    /** From the cached buckets; valid for any {@code asOf} on or after the claim's latest posting. */
    public static Balance current(ClaimFacts facts, LocalDate asOf, DefaultInterest interest) {
        return balance(facts, facts.open(), facts.paidTotal(), facts.interestPostedThrough(), asOf, interest);
    }

    /** From the ledger; {@code postings} are all postings of the claim booked on or before {@code asOf}. */
    public static Balance fromPostings(ClaimFacts facts, List<Posting> postings, LocalDate asOf, DefaultInterest interest) {
        OpenBuckets open = OpenBuckets.zero();
        Money paid = Money.zeroEur();
        LocalDate postedThrough = null;
        for (Posting posting : postings) {
            open = open.plus(posting.bucket(), posting.amount());
            if (posting.kind() == PostingKind.PAYMENT || posting.kind() == PostingKind.PAYMENT_RETURNED) {
                paid = paid.minus(posting.amount());
            }
            if (posting.periodTo() != null && (postedThrough == null || posting.periodTo().isAfter(postedThrough))) {
                postedThrough = posting.periodTo();
            }
        }
        return balance(facts, open, paid, postedThrough, asOf, interest);
    }

    private static Balance balance(ClaimFacts facts, OpenBuckets open, Money paid, LocalDate postedThrough,
                                   LocalDate asOf, DefaultInterest interest) {
        Money accrued = Money.zeroEur();
        boolean provisional = false;
        LocalDate since = facts.defaultSince();
        LocalDate through = asOf.minusDays(1);
        if (since != null && !since.isAfter(through) && open.principal().isPositive() && !facts.status().isClosed()) {
            LocalDate from = postedThrough == null || postedThrough.isBefore(since) ? since : postedThrough.plusDays(1);
            if (!from.isAfter(through)) {
                InterestResult result = interest.calculate(open.principal(), facts.debtorKind(), from, through);
                accrued = result.amount();
                provisional = result.provisional();
            }
        }
        Money interestOpen = open.interest().plus(accrued);
        Money outstanding = open.principal().plus(interestOpen).plus(open.fees()).plus(open.costs());
        return new Balance(open.principal(), interestOpen, open.fees(), open.costs(), paid, outstanding, asOf, provisional);
    }
}
