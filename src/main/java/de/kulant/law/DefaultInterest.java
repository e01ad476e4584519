package de.kulant.law;

import de.kulant.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Default interest (§288 BGB): base rate + 5 points for consumer claims, + 9 points where no consumer
 * is party (+ 8 for obligations arisen before 2014-07-29, Art. 229 §34 EGBGB). Simple interest on the
 * principal only (§289). Periods split on 1 January and 1 July and at every principal change.
 *
 * <p>Day count: actual days / 365, also in leap years; the first day of default counts, the day a
 * payment arrives does not (for the amount paid). Period amounts stay exact (integer arithmetic in
 * cents × hundredths of a percent × days) and the sum is rounded half-up to the cent once.
 */
public final class DefaultInterest {

    /** Denominator turning cents × hundredths-of-percent × days into cents: 100 × 100 × 365. */
    static final long DENOMINATOR_CENTS = 3_650_000L;
    /** The same for euros (one more factor 100). */
    static final long DENOMINATOR_EUROS = 365_000_000L;
    static final LocalDate BUSINESS_PLUS_NINE_FROM = LocalDate.of(2014, 7, 29);

    private final BaseRateTable rates;

    public DefaultInterest(BaseRateTable rates) {
        this.rates = rates;
    }

    public InterestResult calculate(Money principal, DebtorKind kind, LocalDate from, LocalDate to) {
        return calculate(principal, kind, from, to, List.of(), null);
    }

    /**
     * @param from first day of default, inclusive
     * @param to last day that bears interest, inclusive
     * @param changes principal changes (payments as negative amounts) effective on their date
     * @param arisenOn when the obligation arose (for the pre-2014 business margin); null means recent
     */
    public InterestResult calculate(Money principal, DebtorKind kind, LocalDate from, LocalDate to,
                                    List<PrincipalChange> changes, LocalDate arisenOn) {
        validate(principal, kind, from, to);
        int margin = marginHundredths(kind, arisenOn);
        List<PrincipalChange> sorted = changes.size() > 1
                ? changes.stream().sorted(Comparator.comparing(PrincipalChange::effectiveOn)).toList()
                : changes;

        long cents = principal.cents();
        int nextChange = 0;
        long totalNumerator = 0;
        boolean provisional = false;
        List<InterestPeriod> periods = new ArrayList<>(4);
        LocalDate cursor = from;
        while (!cursor.isAfter(to)) {
            while (nextChange < sorted.size() && !sorted.get(nextChange).effectiveOn().isAfter(cursor)) {
                cents += sorted.get(nextChange++).amount().cents();
            }
            if (cents < 0) {
                throw new LawInputException("changes", "payments exceed the principal on " + cursor);
            }
            LocalDate end = BaseRateTable.nextHalfYearStart(cursor).minusDays(1);
            if (nextChange < sorted.size() && sorted.get(nextChange).effectiveOn().minusDays(1).isBefore(end)) {
                end = sorted.get(nextChange).effectiveOn().minusDays(1);
            }
            if (end.isAfter(to)) {
                end = to;
            }
            int days = (int) (end.toEpochDay() - cursor.toEpochDay() + 1);
            int rate = rates.hundredthsOn(cursor) + margin;
            boolean periodProvisional = rates.isProvisional(cursor);
            provisional |= periodProvisional;
            if (cents > 0) {
                long numerator = cents * rate * days;
                totalNumerator += numerator;
                periods.add(new InterestPeriod(cursor, end, days, new Money(BigDecimal.valueOf(cents, 2), principal.currency()),
                        BigDecimal.valueOf(rate, 2), numerator, periodProvisional));
            }
            cursor = end.plusDays(1);
        }
        Money amount = new Money(BigDecimal.valueOf(roundHalfUp(totalNumerator, DENOMINATOR_CENTS), 2),
                principal.currency());
        return new InterestResult(amount, periods, provisional);
    }

    /** The yearly rate in percent that applies on {@code date}, e.g. 6.27 for a consumer on 2025-07-01. */
    public BigDecimal ratePercent(DebtorKind kind, LocalDate date, LocalDate arisenOn) {
        return BigDecimal.valueOf(rates.hundredthsOn(date) + marginHundredths(kind, arisenOn), 2);
    }

    /** The points above the base rate (§288 Abs. 1 and 2 BGB; 8 for business contracts made before 2014-07-29). */
    public static BigDecimal marginPoints(DebtorKind kind, LocalDate arisenOn) {
        return BigDecimal.valueOf(marginHundredths(kind, arisenOn), 2).stripTrailingZeros();
    }

    static int marginHundredths(DebtorKind kind, LocalDate arisenOn) {
        if (kind == DebtorKind.CONSUMER) {
            return 500;
        }
        return arisenOn != null && arisenOn.isBefore(BUSINESS_PLUS_NINE_FROM) ? 800 : 900;
    }

    /** Integer division rounding half away from zero, like {@link java.math.RoundingMode#HALF_UP}. */
    static long roundHalfUp(long numerator, long denominator) {
        long quotient = numerator / denominator;
        long remainder = Math.abs(numerator % denominator);
        if (remainder * 2 >= denominator) {
            quotient += Long.signum(numerator);
        }
        return quotient;
    }

    private static void validate(Money principal, DebtorKind kind, LocalDate from, LocalDate to) {
        if (principal == null || !principal.isPositive()) {
            throw new LawInputException("principal", "must be greater than zero");
        }
        if (kind == null) {
            throw new LawInputException("debtorKind", "is required (CONSUMER or BUSINESS)");
        }
        if (from == null) {
            throw new LawInputException("from", "is required");
        }
        if (to == null) {
            throw new LawInputException("to", "is required");
        }
        if (to.isBefore(from)) {
            throw new LawInputException("to", "must not be before from (" + from + ")");
        }
        if (from.isBefore(BaseRateTable.FIRST_DATE)) {
            throw new LawInputException("from", "base rates exist from " + BaseRateTable.FIRST_DATE + " (§247 BGB)");
        }
    }
}
