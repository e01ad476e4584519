package de.kulant.platform.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void isAlwaysExactToTheCent() {
        assertThat(Money.eur("119").toPlainString()).isEqualTo("119.00");
        assertThat(Money.eur("119.5").amount()).isEqualTo(new BigDecimal("119.50"));
        assertThat(Money.eur("1.2300")).isEqualTo(Money.eur("1.23"));
    }

    @Test
    void refusesFractionsOfACentUnlessRoundedExplicitly() {
        assertThatThrownBy(() -> Money.eur("1.005")).isInstanceOf(ArithmeticException.class);
        assertThat(Money.rounded(new BigDecimal("1.005"), Money.EUR)).isEqualTo(Money.eur("1.01"));
        assertThat(Money.rounded(new BigDecimal("-1.005"), Money.EUR)).isEqualTo(Money.eur("-1.01"));
    }

    @Test
    void refusesToMixCurrencies() {
        Money francs = new Money(BigDecimal.ONE, Currency.getInstance("CHF"));

        assertThatThrownBy(() -> Money.eur("1.00").plus(francs)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CHF");
    }

    @Test
    void multipliesWithAnExplicitRounding() {
        assertThat(Money.eur("88.00").times(new BigDecimal("0.9"), RoundingMode.HALF_UP)).isEqualTo(Money.eur("79.20"));
        assertThat(Money.eur("79.20").times(new BigDecimal("0.2"), RoundingMode.HALF_UP)).isEqualTo(Money.eur("15.84"));
    }

    @Property
    void centsRoundTrip(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long cents) {
        assertThat(Money.eurCents(cents).cents()).isEqualTo(cents);
        assertThat(Money.eurCents(cents).plus(Money.eurCents(-cents)).isZero()).isTrue();
    }
}
