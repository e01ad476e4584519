package de.kulant.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** E-mail addresses are checked as mail servers check them, so that a notice can actually be sent. */
class InputCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"erika@example.org", "erika.mustermann@example.org", "e+rechnung@mail.example.de",
            "jürgen@beispiel.de", "o'brien@example.ie"})
    void acceptsAddressesAMailServerAccepts(String address) {
        InputCheck check = new InputCheck();

        assertThat(check.email("email", address, true)).isEqualTo(address);
        assertThat(check.violations()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"erika at example", ".erika@example.org", "erika.@example.org", "eri..ka@example.org",
            "erika@example", "erika@@example.org", "Erika <erika@example.org>", "erika;@example.org",
            "a2345678901234567890123456789012345678901234567890123456789012345@example.org"})
    void refusesAddressesAMailServerRefusesNamingTheField(String address) {
        InputCheck check = new InputCheck();

        assertThat(check.email("debtor.email", address, true)).isNull();
        assertThat(check.violations()).extracting(FieldViolation::field).containsExactly("debtor.email");
    }
}
