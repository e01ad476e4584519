package de.kulant.creditors;

import de.kulant.platform.CreditorId;
import de.kulant.platform.PostalAddress;
import java.time.Instant;

/** A shop we work for: where it is, how it is paid (IBAN), and how to reach it. */
public record Creditor(CreditorId id, String name, String email, PostalAddress address, String iban, String bic,
                       String promoCode, boolean handoverRequiresApproval, Instant createdAt) {
}
