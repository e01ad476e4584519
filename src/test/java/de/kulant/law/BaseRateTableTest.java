package de.kulant.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaseRateTableTest {

    private final BaseRateTable table = BaseRateTable.published();

    @Test
    void holdsEveryPublishedValueSince2002() {
        assertThat(table.rates()).hasSize(31);
        assertThat(table.rates().get(0)).isEqualTo(new BaseRate(LocalDate.of(2002, 1, 1), new BigDecimal("2.57")));
        assertThat(table.latest()).isEqualTo(new BaseRate(LocalDate.of(2026, 1, 1), new BigDecimal("1.27")));
    }

    @Test
    void aValueHoldsUntilTheNextRowAlsoAcrossUnlistedHalfYears() {
        // 2009-07-01 0.12 held until 2011-06-30; 2016-07-01 -0.88 until 2022-12-31.
        assertThat(table.lookup(LocalDate.of(2010, 8, 1)).rate().percent()).isEqualByComparingTo("0.12");
        assertThat(table.lookup(LocalDate.of(2022, 12, 31)).rate().percent()).isEqualByComparingTo("-0.88");
        assertThat(table.lookup(LocalDate.of(2023, 1, 1)).rate().percent()).isEqualByComparingTo("1.62");
    }

    @Test
    void aDateAfterTheLastPublishedHalfYearUsesTheLastValueProvisionally() {
        RateLookup lookup = table.lookup(LocalDate.of(2026, 11, 27));

        assertThat(lookup.rate().percent()).isEqualByComparingTo("1.27");
        assertThat(lookup.provisional()).isTrue();
        assertThat(table.lookup(LocalDate.of(2026, 6, 30)).provisional()).isFalse();
        assertThat(table.provisionalFrom()).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void anAddedValueReplacesTheProvisionalOne() {
        BaseRateTable updated = table.withAdditions(List.of(new BaseRate(LocalDate.of(2026, 7, 1), new BigDecimal("1.52"))));

        RateLookup lookup = updated.lookup(LocalDate.of(2026, 11, 27));
        assertThat(lookup.rate().percent()).isEqualByComparingTo("1.52");
        assertThat(lookup.provisional()).isFalse();
    }

    @Test
    void refusesDatesBefore2002() {
        assertThatThrownBy(() -> table.lookup(LocalDate.of(2001, 12, 31)))
                .isInstanceOf(LawInputException.class).hasMessageContaining("2002-01-01");
    }

    @Test
    void refusesAValueThatDoesNotStartAHalfYear() {
        assertThatThrownBy(() -> new BaseRate(LocalDate.of(2026, 7, 2), BigDecimal.ONE))
                .isInstanceOf(LawInputException.class).extracting("field").isEqualTo("validFrom");
    }

    @Test
    void refusesARateWithMoreThanTwoDecimals() {
        assertThatThrownBy(() -> new BaseRate(LocalDate.of(2026, 7, 1), new BigDecimal("1.275")))
                .isInstanceOf(LawInputException.class).extracting("field").isEqualTo("rate");
    }
}
