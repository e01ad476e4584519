package de.kulant.creditors;

import de.kulant.platform.PostalAddress;

/** The request to create a creditor, as received; {@link Creditors#create} validates it. */
public record NewCreditor(String name, String email, PostalAddress address, String iban, String bic, String promoCode,
                          Boolean handoverRequiresApproval, Boolean deductsInputTax) {
}
