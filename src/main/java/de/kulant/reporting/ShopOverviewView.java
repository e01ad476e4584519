package de.kulant.reporting;

import de.kulant.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A shop's dashboard over a period [{@code from}, {@code to}]: what is open now ({@code now}), what came in, at which
 * stage claims were paid, how long payment took, how many claims each dunning level cured, and retention — of the
 * customers whose claim ended paid, how many ordered again. Rates in percent, null where nothing was there to count.
 */
public record ShopOverviewView(DashboardView now, LocalDate from, LocalDate to, Money collected,
                               List<RecoveryStage> recovered, BigDecimal dsoDays, BigDecimal daysToPay,
                               List<Cure> cures, Retention retention) {

    /** Claims paid in the period at a stage: before any reminder (0), after level 1, 2, 3 or later, or in collection. */
    public record RecoveryStage(String key, Integer level, long claims, Money amount) {
    }

    /** Of the claims due in the period that reached {@code level}, how many were paid at it without collection. */
    public record Cure(int level, long reached, long cured, BigDecimal rate) {
    }

    public record Retention(long customersRecovered, long orderedAgain, BigDecimal rate) {
    }
}
