package de.kulant.platform;

/** The rules a password must meet, for staff and for shops' own users alike. */
public interface Passwords {

    /** Adds a violation of {@code field} to {@code check} when {@code password} may not be used by {@code name}. */
    void check(InputCheck check, String field, String password, String name);
}
