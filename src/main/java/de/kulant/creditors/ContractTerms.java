package de.kulant.creditors;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a shop agreed to when it signed up: the success commission in percent of the principal and interest
 * collected, until when a promo code waives it, whether handovers and settlements above its rules need its approval,
 * the version of the terms and when it accepted them.
 */
public record ContractTerms(BigDecimal commissionPercent, LocalDate commissionWaivedUntil,
                            boolean handoverRequiresApproval, boolean settlementsNeedApproval, String version,
                            Instant acceptedAt) {
}
