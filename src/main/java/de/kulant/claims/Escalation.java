package de.kulant.claims;

import de.kulant.law.DefaultRule;
import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a dunning run changes on one claim, applied only if the claim still has {@code version}: a notice of the next
 * level, or the handover to collection.
 */
public record Escalation(ClaimId id, CreditorId creditorId, int version, Step step) {

    /** What the run does to the claim. */
    public sealed interface Step permits Notice, HandOver {
    }

    /**
     * A notice of {@code level} issued on {@code issuedOn}: its fee and the B2B flat fee are posted with the notice as
     * their source, it asks for {@code demanded} by {@code payBy}, default begins on {@code defaultSince} if that is
     * earlier than known (null: unchanged), and the run looks at the claim again on {@code nextDunningOn} (null: never).
     */
    public record Notice(UUID noticeId, int level, LocalDate issuedOn, LocalDate payBy, Money fee, Money flatFee,
                         Money demanded, LocalDate defaultSince, DefaultRule defaultRule, LocalDate nextDunningOn,
                         String reference) implements Step {
    }

    /** The chain is through: the claim goes to collection. */
    public record HandOver() implements Step {
    }
}
