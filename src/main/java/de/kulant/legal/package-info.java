/**
 * German law at work: the {@code law} module's calculators as Spring beans on the current base-rate table
 * (the published table plus values an admin added), the calculator API and the calculator page.
 */
@ApplicationModule(displayName = "Legal", allowedDependencies = {"platform", "platform :: money", "platform :: web", "law"})
package de.kulant.legal;

import org.springframework.modulith.ApplicationModule;
