package de.kulant.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code kulant.admin.user} / {@code kulant.admin.password}, set by KULANT_ADMIN_USER / KULANT_ADMIN_PASSWORD. */
@ConfigurationProperties("kulant.admin")
record AdminProperties(@DefaultValue("admin") String user, String password) {
}
