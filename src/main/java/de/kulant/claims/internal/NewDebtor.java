package de.kulant.claims.internal;

import de.kulant.law.DebtorKind;
import de.kulant.platform.PostalAddress;

/**
 * A validated debtor of a new claim. {@code matchKey} finds the debtor again: the customer number when
 * the shop has one, else name, street and postal code (guest orders).
 */
public record NewDebtor(DebtorKind kind, String customerNumber, String name, String email, String phone,
                        PostalAddress address, String customerTag, String matchKey) {
}
