package de.kulant.collection;

import de.kulant.claims.ClaimId;
import de.kulant.claims.DebtorId;
import de.kulant.platform.CreditorId;
import java.time.LocalDate;

/** A claim that went to collection on a day: it opens the debtor's case at the creditor or joins it. */
public record Handover(ClaimId claimId, CreditorId creditorId, DebtorId debtorId, LocalDate on) {
}
