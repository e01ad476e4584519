package de.kulant.dunning;

import de.kulant.claims.ClaimId;
import de.kulant.claims.DebtorId;
import de.kulant.platform.CreditorId;
import java.time.LocalDate;

/** A claim went to collection after the last dunning level; collection opens or extends the debtor's case. */
public record ClaimHandedOver(ClaimId claimId, CreditorId creditorId, DebtorId debtorId, LocalDate on) {
}
