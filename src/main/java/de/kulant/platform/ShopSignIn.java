package de.kulant.platform;

import java.util.Optional;

/** Checks a shop user's e-mail address and password; creditors keeps the accounts, platform's security asks. */
public interface ShopSignIn {

    /** The user when the address is confirmed and the password right; empty otherwise, whichever part was wrong. */
    Optional<ShopUser> authenticate(String email, String password);
}
