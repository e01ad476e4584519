package de.kulant.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** SEPA creditor identifiers are checked by their check digits; the business code does not count. */
class SepaCreditorIdentifierTest {

    @Test
    void theBundesbankTestIdentifierChecksAndAnyBusinessCodeKeepsItValid() {
        assertThat(SepaCreditorIdentifier.isValid("DE98ZZZ09999999999")).isTrue();
        assertThat(SepaCreditorIdentifier.isValid("DE98ABC09999999999")).isTrue();
        assertThat(new SepaCreditorIdentifier("de98 zzz0 9999 9999 99").value()).isEqualTo("DE98ZZZ09999999999");
    }

    @Test
    void aWrongDigitOrShapeIsRefused() {
        assertThat(SepaCreditorIdentifier.isValid("DE97ZZZ09999999999")).isFalse();
        assertThat(SepaCreditorIdentifier.isValid("DE98ZZZ09999999998")).isFalse();
        assertThat(SepaCreditorIdentifier.isValid("DE98ZZ")).isFalse();
        assertThat(SepaCreditorIdentifier.isValid(null)).isFalse();
        assertThatThrownBy(() -> new SepaCreditorIdentifier("DE00ZZZ09999999999"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
