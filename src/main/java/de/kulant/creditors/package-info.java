/**
 * Creditors: the shops that are our tenants, their contract data and their API keys.
 */
@ApplicationModule(displayName = "Creditors", allowedDependencies = {"platform", "platform :: money", "platform :: web"})
package de.kulant.creditors;

import org.springframework.modulith.ApplicationModule;
