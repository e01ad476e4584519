package de.kulant.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class CreditorReferenceTest {

    @Test
    void computesTheCheckDigitsOfTheStandardExample() {
        // ISO 11649's example: reference 539007547034 → RF18 5390 0754 7034
        CreditorReference reference = CreditorReference.ofReference("539007547034");

        assertThat(reference.value()).isEqualTo("RF18539007547034");
        assertThat(reference.printed()).isEqualTo("RF18 5390 0754 7034");
    }

    @Test
    void acceptsValidAndRefusesMistypedReferences() {
        assertThat(CreditorReference.isValid("RF18 5390 0754 7034")).isTrue();
        assertThat(CreditorReference.isValid("RF18539007547043")).isFalse();
        assertThat(CreditorReference.isValid("RF19539007547034")).isFalse();
        assertThat(CreditorReference.isValid("DE18539007547034")).isFalse();
        assertThatThrownBy(() -> new CreditorReference("RF00123")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void handlesLettersAndSingleDigitCheckValues() {
        CreditorReference reference = CreditorReference.ofReference("KULANT1");
        // letters count as two digits each: G72UUR with RF00 is 16 7 2 30 30 27 27 15 0 0, remainder 53, check 45
        assertThat(CreditorReference.ofReference("g72uur").value()).isEqualTo("RF45G72UUR");
        assertThat(CreditorReference.isValid("RF45 G72U UR")).isTrue();

        assertThat(CreditorReference.isValid(reference.value())).isTrue();
        assertThat(reference.value()).hasSize(11).startsWith("RF");
    }

    @Property
    void everyClaimNumberMakesAValidReference(@ForAll @LongRange(min = 1, max = 999_999_999_999_999L) long number) {
        CreditorReference reference = CreditorReference.of(number);

        assertThat(CreditorReference.isValid(reference.value())).isTrue();
        assertThat(reference.value()).endsWith(Long.toString(number));
    }
}
