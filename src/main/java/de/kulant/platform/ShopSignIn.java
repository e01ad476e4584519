package de.kulant.platform;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Checks a shop user's e-mail address and password; creditors keeps the accounts, platform's security asks. */
public interface ShopSignIn {

    /**
     * Signs in with address, password and, where the user switched two-factor sign-in on, the code of their app.
     * Refused says nothing of which part was wrong; a code is asked for only after a right password.
     */
    Attempt signIn(String email, String password, String code);

    /** How a sign-in ended: the user signed in, refused, or the password right but the app's code still wanted. */
    enum Outcome { SIGNED_IN, REFUSED, CODE_NEEDED }

    record Attempt(Outcome outcome, ShopUser user) {

        public static final Attempt REFUSED = new Attempt(Outcome.REFUSED, null);
    }

    /** What a signed-in session is checked against on each request; empty once the user was removed. */
    Optional<Standing> standing(UUID user);

    /** The user's role now, and the moment before which sessions no longer hold (a new password), or null. */
    record Standing(String role, Instant sessionsValidFrom) {
    }
}
