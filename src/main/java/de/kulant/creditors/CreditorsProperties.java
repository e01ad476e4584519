package de.kulant.creditors;

import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kulant.creditors.*}: the contract a shop signing up by itself gets — the success commission in percent of
 * the principal and interest collected, whether settlements above its rules need its approval, the version of the
 * terms shown — and how long an e-mail confirmation link stays valid.
 */
@ConfigurationProperties("kulant.creditors")
public record CreditorsProperties(@DefaultValue("15.00") BigDecimal commissionPercent,
                                  @DefaultValue("true") boolean settlementsNeedApproval,
                                  @DefaultValue("2026-12") String termsVersion,
                                  @DefaultValue("48h") Duration confirmationValidFor) {
}
