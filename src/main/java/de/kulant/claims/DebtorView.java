package de.kulant.claims;

import de.kulant.law.DebtorKind;
import de.kulant.platform.PostalAddress;

/** A debtor as shown with a claim; {@code preferredChannel} is EMAIL, LETTER or null for no stated preference. */
public record DebtorView(DebtorId id, DebtorKind kind, String customerNumber, String name, String email, String phone,
                         PostalAddress address, String customerTag, String preferredChannel) {
}
