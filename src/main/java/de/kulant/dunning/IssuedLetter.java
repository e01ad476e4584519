package de.kulant.dunning;

import de.kulant.claims.DebtorId;
import de.kulant.platform.CreditorId;

/** One combined letter of a run: to whom, from which creditor, and on which channels its notices go. */
public record IssuedLetter(LetterId combinedId, CreditorId creditorId, DebtorId debtorId, Channel channel) {
}
