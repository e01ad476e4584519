/**
 * Portal: the debtor's self-service, server-rendered and mobile-first. A debtor signs in with the case reference, the
 * access code and the postal code from the letter; sees every amount with its reason and legal basis; pays by
 * transfer, EPC QR code or a direct-debit mandate; agrees a plan or a pause within the creditor's rules (or asks for
 * one beyond them); disputes with evidence; updates contact data, says they paid, writes to the case worker and
 * downloads the copy of their data. Everything done here lands on the case's timeline.
 */
@ApplicationModule(displayName = "Portal",
        allowedDependencies = {"platform", "platform :: money", "platform :: web", "claims", "collection",
                "correspondence", "creditors", "privacy", "legal", "law"})
package de.kulant.portal;

import org.springframework.modulith.ApplicationModule;
