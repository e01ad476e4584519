package de.kulant.claims;

import de.kulant.law.DefaultRule;
import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.time.LocalDate;

/**
 * What a dunning run changes on one claim, applied only if the claim still has {@code version}: a notice of the next
 * level, or the handover to collection.
 */
public record Escalation(ClaimId id, CreditorId creditorId, int version, Step step) {

    /** What the run does to the claim. */
    public sealed interface Step permits Notice, HandOver {
    }

    /**
     * A notice of {@code level}: its {@code charges} are posted with the notice as their source on the day it is issued,
     * it asks for {@code charges.demanded} by {@code dates.payBy}, default begins on {@code defaultStart} if that is
     * earlier than known (null: unchanged), and the run looks at the claim again on {@code dates.nextDunningOn}.
     */
    public record Notice(NoticeId noticeId, int level, Dates dates, Charges charges, DefaultStart defaultStart,
                         String reference) implements Step {
    }

    /** When a notice is issued, by when it asks to be paid, and when the run looks again (null: never). */
    public record Dates(LocalDate issuedOn, LocalDate payBy, LocalDate nextDunningOn) {
    }

    /** What a notice charges (its fee, the B2B flat fee) and the whole amount it asks for. */
    public record Charges(Money fee, Money flatFee, Money demanded) {
    }

    /** The start of default a notice brings about, and by which rule. */
    public record DefaultStart(LocalDate since, DefaultRule rule) {
    }

    /** The chain is through: the claim goes to collection. */
    public record HandOver() implements Step {
    }
}
