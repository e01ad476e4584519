package de.kulant.claims;

import de.kulant.platform.money.Money;
import java.util.List;

/**
 * Where a claim stands now, for a notice about to be sent: its status and level, the holds in force, and what was
 * paid on it since its latest notice and its open principal (a lower one than the notice's means it was credited).
 */
public record ClaimStanding(ClaimId id, String invoiceNumber, ClaimStatus status, int dunningLevel, List<HoldKind> holds,
                            Money paidSinceNotice, Money principalOpen) {
}
