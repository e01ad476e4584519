package de.kulant.creditors;

import de.kulant.platform.CreditorId;
import de.kulant.platform.PostalAddress;
import java.time.Instant;

/**
 * A shop we work for: where it is, how it is paid (IBAN, its own), how to reach it, and its contract terms:
 * whether handovers wait for its approval and what it lets go when a debtor pays what a notice asked for.
 */
public record Creditor(CreditorId id, String name, String email, PostalAddress address, String iban, String bic,
                       String promoCode, boolean handoverRequiresApproval, ResidualWaiver residualWaiver,
                       boolean deductsInputTax, Instant createdAt) {
}
