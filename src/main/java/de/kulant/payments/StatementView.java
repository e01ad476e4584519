package de.kulant.payments;

import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An imported statement file as it is listed: what it held and what became of it. */
public record StatementView(UUID id, CreditorId creditorId, String format, String fileName, String accounts,
                            int entries, int credits, int matched, int unmatched, int duplicates, int returns,
                            Money matchedAmount, List<Reason> warnings, Instant importedAt, String importedBy) {
}
