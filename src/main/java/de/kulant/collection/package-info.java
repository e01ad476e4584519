/**
 * Collection: every handed-over claim in a case per debtor and creditor, with its collection costs charged within
 * the law (§13e RDG with the RVG) through the claims ledger, a reference and a portal access code, a timeline of
 * everything that happens, and the case worker who owns it.
 */
@ApplicationModule(displayName = "Collection",
        allowedDependencies = {"platform", "platform :: money", "platform :: web", "law", "legal", "claims", "creditors",
                "dunning", "correspondence"})
package de.kulant.collection;

import org.springframework.modulith.ApplicationModule;
