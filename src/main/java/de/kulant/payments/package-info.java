/**
 * Payments: bank statements in (camt.052/053/054, MT940), deduplicated per account, matched to claims by
 * RF reference, invoice number or payer, booked through the claims ledger, returns reversed, and a manual
 * queue for what cannot be placed with certainty.
 */
@ApplicationModule(displayName = "Payments",
        allowedDependencies = {"platform", "platform :: money", "platform :: web", "law", "claims", "creditors"})
package de.kulant.payments;

import org.springframework.modulith.ApplicationModule;
