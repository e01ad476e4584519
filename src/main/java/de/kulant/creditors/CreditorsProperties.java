package de.kulant.creditors;

import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kulant.creditors.*}: the contract a shop signing up by itself gets — the success commission in percent of
 * the principal and interest collected, whether settlements above its rules need its approval, the version of the
 * terms shown — and how long the links e-mailed to a shop's users stay valid: the address confirmation, an
 * invitation, a new password — and the address shops reach Kulant at, from which those links are made (never from
 * a request's Host header, which a stranger could set) — and how many shops may sign up from one network address in an
 * hour.
 */
@ConfigurationProperties("kulant.creditors")
public record CreditorsProperties(@DefaultValue("15.00") BigDecimal commissionPercent,
                                  @DefaultValue("true") boolean settlementsNeedApproval,
                                  @DefaultValue("2026-12") String termsVersion,
                                  @DefaultValue("48h") Duration confirmationValidFor,
                                  @DefaultValue("7d") Duration invitationValidFor,
                                  @DefaultValue("1h") Duration passwordResetValidFor,
                                  @DefaultValue("http://localhost:8080") String publicUrl,
                                  @DefaultValue("5") int signupsPerAddressPerHour) {

    /** The public address of a path: {@code /signup/confirm} → {@code https://kulant.example/signup/confirm}. */
    public String link(String path) {
        return (publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl) + path;
    }
}
