package de.kulant.claims;

import de.kulant.platform.CreditorId;
import java.util.List;

/** A debtor's personal data were removed after the retention periods; each module removes its own copies. */
public record DebtorAnonymised(CreditorId creditorId, DebtorId debtorId, List<ClaimId> claimIds) {
}
