package de.kulant.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Input as both databases and mail servers take it: e-mail addresses, dates within 0001-9999, whole characters. */
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

    @Test
    void refusesDatesOutsideTheYearsBothDatabasesStore() {
        InputCheck check = new InputCheck();
        assertThat(check.date("a", "0000-01-01", true)).isNull();
        assertThat(check.date("b", "+5874898-01-01", true)).isNull();
        assertThat(check.date("c", "01.01.0000", true)).isNull();
        assertThat(check.date("d", "9999-12-31", true)).isEqualTo(java.time.LocalDate.of(9999, 12, 31));
        assertThat(check.date("e", "0001-01-01", true)).isEqualTo(java.time.LocalDate.of(1, 1, 1));
        assertThat(check.violations()).extracting(v -> v.field()).containsExactly("a", "b", "c");
    }

    @Test
    void refusesHalfASurrogatePairButKeepsWholeCharacters() {
        InputCheck check = new InputCheck();
        assertThat(check.required("name", "Erika \ud800", 100)).isNull();
        assertThat(check.required("other", "\udc00 Erika", 100)).isNull();
        assertThat(check.required("fine", "Zoë 🌻", 100)).isEqualTo("Zoë 🌻");
        assertThat(check.violations()).extracting(v -> v.field()).containsExactly("name", "other");
    }
}
