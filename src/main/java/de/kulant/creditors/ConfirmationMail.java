package de.kulant.creditors;

import java.time.Instant;
import java.util.Locale;

/** Sends a new shop user the link that confirms their e-mail address; correspondence does it with the mail gateway. */
public interface ConfirmationMail {

    /** True when the e-mail was handed to the mail gateway. */
    boolean send(String email, String shopName, String url, Instant expiresAt, Locale locale);
}
