package de.kulant.reporting;

import de.kulant.claims.ClaimStatus;
import de.kulant.dunning.RunView;
import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The start page's figures for one creditor (or all, with a null creditor) on one day. Every figure carries what
 * the claim list needs to show the claims behind it.
 */
public record DashboardView(LocalDate today, CreditorId creditor, Money outstanding, long openClaims,
                            List<AgingBucket> aging, List<StageFigure> stages, Cash cash, BigDecimal recoveryRate,
                            Activity activity) {

    /** Open claims whose due date lies in [{@code dueFrom}, {@code dueBefore}); either end may be open (null). */
    public record AgingBucket(String key, LocalDate dueFrom, LocalDate dueBefore, long claims, Money outstanding) {
    }

    /** Open claims at a stage: not yet dunned, a dunning level, in collection, or returned to the creditor. */
    public record StageFigure(ClaimStatus status, Integer level, long claims, Money outstanding) {
    }

    /** Money received on claims this month, last month and in each of the last twelve months (oldest first). */
    public record Cash(Money thisMonth, Money lastMonth, List<MonthFigure> months) {
    }

    public record MonthFigure(YearMonth month, Money received) {
    }

    /** Today's work: notices issued, letters and e-mails sent, what waits for a person, and the latest run. */
    public record Activity(int noticesToday, int lettersToday, int emailsToday, long paymentsWaiting,
                           int failedDispatches, RunView lastRun) {
    }
}
