/**
 * Dunning: each creditor's policy with its segments, dunning runs that raise every due claim by one level
 * and issue notices with itemized amounts, holds respected, and the handover to collection after the last
 * level (with the creditor's approval where its contract says so).
 */
@ApplicationModule(displayName = "Dunning",
        allowedDependencies = {"platform", "platform :: money", "platform :: web", "law", "legal", "claims", "creditors"})
package de.kulant.dunning;

import org.springframework.modulith.ApplicationModule;
