/**
 * German rules for claims as pure functions and data: base rates (§247 BGB), default interest (§§288, 289),
 * start of default (§286), deadlines and public holidays (§§187, 188, 193), dunning fees, collection costs
 * (§13e RDG with the RVG), payment allocation (§§366, 367) and limitation (§§195, 199, 204, 212).
 * No Spring and no database here: tables are versioned resource files next to these classes.
 * An ArchUnit test keeps it that way; the only Kulant type used is {@code platform::money}.
 */
package de.kulant.law;
