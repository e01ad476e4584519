package de.kulant.claims;

import de.kulant.platform.CreditorId;
import java.time.LocalDate;

/** A creditor's claim as it stood on a day: what a letter of that date shows. */
public record ClaimAsOf(ClaimId claim, CreditorId creditor, LocalDate asOf) {
}
