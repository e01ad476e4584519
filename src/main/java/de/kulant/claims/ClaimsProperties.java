package de.kulant.claims;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** {@code kulant.claims.*}: the largest CSV file accepted. */
@ConfigurationProperties("kulant.claims")
public record ClaimsProperties(@DefaultValue("20MB") DataSize importMaxSize) {
}
