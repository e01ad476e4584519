package de.kulant.creditors;

import de.kulant.platform.PostalAddress;

/**
 * A shop signing up by itself, as received (api.md "Creditor self-service"): the company, the first user (who becomes
 * its owner), optionally a promo code, and whether the contract terms were accepted (the web form asks; a call of
 * the API accepts the terms published at {@code GET /api/v1/signup/terms} unless it says {@code false}).
 */
public record SignUp(Company company, User user, String promoCode, Boolean acceptTerms) {

    public record Company(String name, String email, PostalAddress address, String iban, String vatId) {
    }

    public record User(String email, String password) {
    }
}
