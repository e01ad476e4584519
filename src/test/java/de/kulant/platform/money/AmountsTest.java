package de.kulant.platform.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts as staff type them in German and English (issue 13, item 3). */
class AmountsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "119.00|119.00", "500,00|500.00", "1.234,56|1234.56", "1,234.56|1234.56", "49,90 €|49.90",
            "1.234.567,89|1234567.89", "1,234,567.89|1234567.89", "€ 12|12", "0,5|0.5", "1 234,56|1234.56"})
    void readsTheFormsPeopleType(String typed, String expected) {
        assertThat(Amounts.parse(typed, true)).contains(new BigDecimal(expected));
        assertThat(Amounts.parse(typed, false)).contains(new BigDecimal(expected));
    }

    @Test
    void aLoneSeparatorBeforeThreeDigitsGroupsThousandsInTheReadersLanguage() {
        assertThat(Amounts.parse("1.234", true)).contains(new BigDecimal("1234"));
        assertThat(Amounts.parse("1.234", false)).contains(new BigDecimal("1.234"));
        assertThat(Amounts.parse("1,234", true)).contains(new BigDecimal("1.234"));
        assertThat(Amounts.parse("1,234", false)).contains(new BigDecimal("1234"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"abc", "1,2,3", "12.34.5", "1.23,45.6", "12,", "1..2", "12a", "1.2345,6", "''"})
    void refusesWhatIsNotAnAmount(String typed) {
        assertThat(Amounts.parse(typed, true)).isEmpty();
        assertThat(Amounts.parse(typed, false)).isEmpty();
    }
}
