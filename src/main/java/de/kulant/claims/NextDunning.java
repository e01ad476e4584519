package de.kulant.claims;

import de.kulant.platform.CreditorId;
import java.time.LocalDate;

/** The next day a dunning run looks at a claim again; {@code on} null: not until something changes. */
public record NextDunning(ClaimId claim, CreditorId creditor, LocalDate on) {
}
