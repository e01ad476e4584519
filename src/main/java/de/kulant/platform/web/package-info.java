/**
 * The web edge every module shares: error answers (problem details), the layout, the caller, cookies. Modules'
 * own web packages use it; their domain code does not.
 */
@NamedInterface("web")
package de.kulant.platform.web;

import org.springframework.modulith.NamedInterface;
