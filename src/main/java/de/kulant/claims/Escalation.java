package de.kulant.claims;

import de.kulant.law.DefaultRule;
import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.time.LocalDate;

/**
 * What a dunning run changes on one claim, applied only if the claim still has {@code version}:
 * its level and status, the start of default if it begins now or earlier than known, the next day the run looks at it
 * (null: never again), the fee and flat fee to post on {@code bookingDate}, and for a notice what it asks for by when
 * ({@code demanded}, {@code payBy}; null for a handover).
 */
public record Escalation(ClaimId id, CreditorId creditorId, int version, int level, ClaimStatus status,
                         LocalDate defaultSince, DefaultRule defaultRule, LocalDate nextDunningOn, Money fee,
                         Money flatFee, LocalDate bookingDate, String reference, Money demanded, LocalDate payBy) {
}
