package de.kulant.claims.internal;

import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimStatus;
import de.kulant.claims.DebtorId;
import de.kulant.law.DebtorKind;
import de.kulant.law.DefaultRule;
import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.time.LocalDate;

/**
 * A claim row as stored: identity, dates, state, the cached balances, what its latest notice asked for, and when the
 * dunning run looks at it next.
 */
public record ClaimFacts(ClaimId id, CreditorId creditorId, DebtorId debtorId, DebtorKind debtorKind,
                         String invoiceNumber, LocalDate invoiceDate, LocalDate dueDate, Money amount,
                         ClaimStatus status, int dunningLevel, LocalDate defaultSince, DefaultRule defaultRule,
                         OpenBuckets open, Money paidTotal, LocalDate interestPostedThrough, LocalDate lastPostingDate,
                         int version, Demand demand, LocalDate nextDunningOn) {

    public ClaimFacts withStatus(ClaimStatus newStatus) {
        return new ClaimFacts(id, creditorId, debtorId, debtorKind, invoiceNumber, invoiceDate, dueDate, amount,
                newStatus, dunningLevel, defaultSince, defaultRule, open, paidTotal, interestPostedThrough,
                lastPostingDate, version, demand, nextDunningOn);
    }

    public ClaimFacts withPaidTotal(Money paid) {
        return new ClaimFacts(id, creditorId, debtorId, debtorKind, invoiceNumber, invoiceDate, dueDate, amount, status,
                dunningLevel, defaultSince, defaultRule, open, paid, interestPostedThrough, lastPostingDate, version, demand, nextDunningOn);
    }

    public ClaimFacts withInterestPostedThrough(LocalDate through) {
        return new ClaimFacts(id, creditorId, debtorId, debtorKind, invoiceNumber, invoiceDate, dueDate, amount, status,
                dunningLevel, defaultSince, defaultRule, open, paidTotal, through, lastPostingDate, version, demand, nextDunningOn);
    }

    /** The dunning state after a notice or the handover. */
    public ClaimFacts escalated(ClaimStatus newStatus, int level, LocalDate since, DefaultRule rule, Demand newDemand,
                                LocalDate next) {
        return new ClaimFacts(id, creditorId, debtorId, debtorKind, invoiceNumber, invoiceDate, dueDate, amount,
                newStatus, level, since, rule, open, paidTotal, interestPostedThrough, lastPostingDate, version, newDemand,
                next);
    }

    /** The facts after a posting of {@code amount} into {@code bucket} on {@code date}. */
    public ClaimFacts withPosting(Bucket bucket, Money posted, LocalDate date) {
        LocalDate last = date.isAfter(lastPostingDate) ? date : lastPostingDate;
        return new ClaimFacts(id, creditorId, debtorId, debtorKind, invoiceNumber, invoiceDate, dueDate, amount, status,
                dunningLevel, defaultSince, defaultRule, open.plus(bucket, posted), paidTotal, interestPostedThrough,
                last, version, demand, nextDunningOn);
    }
}
