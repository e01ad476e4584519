package de.kulant.platform;

import java.time.Instant;
import java.util.Locale;

/**
 * A one-time link with which a staff member sets a password: an invitation or a reset. The URL holds a
 * secret; it is shown to the admin once and e-mailed, never stored in clear.
 */
public record StaffLink(Purpose purpose, String username, String name, String email, String url, Instant expiresAt,
                        Locale locale) {

    public enum Purpose { INVITATION, RESET }
}
