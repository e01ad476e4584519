package de.kulant.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.platform.FieldViolation;
import de.kulant.platform.InputCheck;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which staff passwords are refused, and with which reason a person reads. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    private List<String> codes(String password, String username) {
        InputCheck check = new InputCheck();
        policy.check(check, "password", password, username);
        return check.violations().stream().map(FieldViolation::code).toList();
    }

    @Test
    void aLongSentenceIsAccepted() {
        assertThat(codes("Mein Hund frisst gern Tomaten", "anna")).isEmpty();
        assertThat(codes("blaue-Tasse-am-Fenster", "anna")).isEmpty();
    }

    @Test
    void elevenCharactersAreTooShortAndTwelveAreEnough() {
        assertThat(codes("tR7#kq2!Lm9", "anna")).containsExactly("passwordTooShort");
        assertThat(codes("tR7#kq2!Lm9x", "anna")).isEmpty();
    }

    @Test
    void wellKnownPasswordsAreRefusedWhateverTheirCase() {
        assertThat(codes("Passwort1234", "anna")).containsExactly("passwordCommon");
        assertThat(codes("QWERTZUIOP123", "anna")).containsExactly("passwordCommon");
        assertThat(codes("ichliebedich1", "anna")).containsExactly("passwordCommon");
    }

    @Test
    void oneCharacterOrAFewRepeatedAreRefused() {
        assertThat(codes("aaaaaaaaaaaaaaa", "anna")).containsExactly("passwordCommon");
        assertThat(codes("abcabcabcabcabc", "anna")).containsExactly("passwordCommon");
    }

    @Test
    void thePasswordMustNotContainTheUserName() {
        assertThat(codes("Sommerfest-Bernd-2026", "bernd")).containsExactly("passwordHasName");
    }

    @Test
    void anEmptyPasswordIsMissing() {
        assertThat(codes("", "anna")).containsExactly("required");
        assertThat(codes(null, "anna")).containsExactly("required");
    }
}
