/**
 * Privacy: the data-subject requests of debtors handled by staff — a copy of everything held (Art. 15 GDPR) as JSON
 * and PDF, erasure where no retention duty applies (Art. 17) — and the nightly anonymisation of debtors whose claims
 * ended and whose retention periods passed. Rectification (Art. 16) is the debtor correction of the claims module.
 */
@ApplicationModule(displayName = "Privacy",
        allowedDependencies = {"platform", "platform :: money", "platform :: web", "claims", "dunning", "correspondence",
                "payments", "creditors", "law"})
package de.kulant.privacy;

import org.springframework.modulith.ApplicationModule;
