package de.kulant.claims;

import de.kulant.law.DebtorKind;
import de.kulant.platform.PostalAddress;

/** A debtor as shown with a claim. */
public record DebtorView(DebtorId id, DebtorKind kind, String customerNumber, String name, String email, String phone,
                         PostalAddress address, String customerTag) {
}
