package de.kulant.creditors;

import java.time.Instant;
import java.util.Locale;

/** Sends a shop's user a one-time link by e-mail; correspondence does it with the mail gateway. */
public interface ShopUserMail {

    /** What the link is for; each has its own subject and text. */
    enum Purpose {
        /** A new shop's first user confirms their address. */
        CONFIRM,
        /** The shop's owner invited a person, who sets their password. */
        INVITE,
        /** A user forgot their password and sets a new one. */
        RESET
    }

    /** True when the e-mail was handed to the mail gateway. */
    boolean send(Purpose purpose, String email, String shopName, String url, Instant expiresAt, Locale locale);
}
