/**
 * Reporting: the dashboard of what is owed, how old it is, where it stands in dunning and collection and what came
 * in, read from figures the other modules keep up to date (decision 016) — never a scan of all claims per view;
 * and the settlement: statements per shop and the payouts of the money the agency collected (decision 029).
 */
@ApplicationModule(displayName = "Reporting",
        allowedDependencies = {"platform", "platform :: money", "platform :: web", "claims", "dunning", "correspondence",
                "payments", "creditors", "collection"})
package de.kulant.reporting;

import org.springframework.modulith.ApplicationModule;
