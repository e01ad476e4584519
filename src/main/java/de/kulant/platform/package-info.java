/**
 * What every module stands on: money, time, ids, the caller and tenant, errors, the audit trail,
 * security, idempotency and the web layout. Depends on no other module.
 */
@ApplicationModule(displayName = "Platform")
package de.kulant.platform;

import org.springframework.modulith.ApplicationModule;
