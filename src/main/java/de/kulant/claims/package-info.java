/**
 * Claims: debtors, claims, the append-only ledger of postings with its balances, holds, and the intake
 * of claims one by one, in batches and from CSV files.
 */
@ApplicationModule(displayName = "Claims",
        allowedDependencies = {"platform", "platform :: money", "platform :: web", "law", "legal", "creditors"})
package de.kulant.claims;

import org.springframework.modulith.ApplicationModule;
