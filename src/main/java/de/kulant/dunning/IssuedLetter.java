package de.kulant.dunning;

import de.kulant.claims.DebtorId;
import de.kulant.platform.CreditorId;
import java.util.UUID;

/** One combined letter of a run: to whom, from which creditor, and on which channels its notices go. */
public record IssuedLetter(UUID combinedId, CreditorId creditorId, DebtorId debtorId, Channel channel) {
}
