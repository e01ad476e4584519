/**
 * Correspondence: the letters and e-mails of notices. Renders PDF/A letters (DIN 5008, EPC QR code) and
 * multipart e-mails from templates per level, tone and language, sends them through the dispatch queue
 * (retried, never twice per notice and channel), exports the day's letters for printing, and archives every
 * document sent.
 */
@ApplicationModule(displayName = "Correspondence",
        allowedDependencies = {"platform", "platform :: money", "platform :: web", "law", "legal", "claims", "creditors", "dunning"})
package de.kulant.correspondence;

import org.springframework.modulith.ApplicationModule;
