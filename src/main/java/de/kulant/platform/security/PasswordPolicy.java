package de.kulant.platform.security;

import de.kulant.platform.InputCheck;
import de.kulant.platform.Passwords;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a staff password must be: long enough, not a well-known password, not built from the user name,
 * and not one character or one keyboard run repeated (length rather than symbols, as NIST SP 800-63B advises).
 */
@Component
class PasswordPolicy implements Passwords {

    static final int MINIMUM_LENGTH = 12;
    static final int MAXIMUM_LENGTH = 200;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** Adds a violation to {@code check} when {@code password} may not be used by {@code username}. */
    @Override
    public void check(InputCheck check, String field, String password, String username) {
        if (password == null || password.isEmpty()) {
            check.violation(field, "required", "is required");
            return;
        }
        if (password.length() < MINIMUM_LENGTH) {
            check.violation(field, "passwordTooShort", "must have at least " + MINIMUM_LENGTH + " characters",
                    MINIMUM_LENGTH);
            return;
        }
        if (password.length() > MAXIMUM_LENGTH) {
            check.violation(field, "tooLong", "must have at most " + MAXIMUM_LENGTH + " characters", MAXIMUM_LENGTH);
            return;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || lower.chars().distinct().count() < 4) {
            check.violation(field, "passwordCommon", "is a well-known or too simple password; choose another");
            return;
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            check.violation(field, "passwordHasName", "must not contain the user name");
        }
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("security/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    passwords.add(entry.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the list of common passwords could not be read", e);
        }
        return Set.copyOf(passwords);
    }
}
