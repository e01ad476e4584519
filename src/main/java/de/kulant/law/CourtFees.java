package de.kulant.law;

import de.kulant.platform.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * The court fee for a payment order (Mahnbescheid): Nr. 1100 KV GKG, a 0.5 fee of the §34 GKG table for the principal
 * alone (§43 Abs. 1 GKG: interest and costs claimed beside it do not count), at least the minimum of the table's version.
 */
public final class CourtFees {

    /** One version of §34 Abs. 1 GKG with the Nr. 1100 KV minimum valid with it. */
    public record Table(String name, LocalDate validFrom, long baseUpToCents, long baseFeeCents, List<Step> steps,
                        long paymentOrderMinimumCents) {

        /** The 1.0 fee for a value: the base fee plus, per band, the step fee per started step. */
        public long oneFeeCents(long valueCents) {
            long fee = baseFeeCents;
            long lower = baseUpToCents;
            for (Step step : steps) {
                if (valueCents <= lower) {
                    break;
                }
                long portion = Math.min(valueCents, step.upToCents()) - lower;
                fee += (portion + step.stepCents() - 1) / step.stepCents() * step.feeCents();
                lower = step.upToCents();
            }
            return fee;
        }
    }

    /** For values up to {@code upToCents}, {@code feeCents} per started {@code stepCents}. */
    public record Step(long upToCents, long stepCents, long feeCents) {
    }

    /** What the fee is and how it was found. */
    public record Fee(Money value, Money oneFee, Money fee, String table, boolean minimumApplied) {
    }

    private static final List<Table> TABLES = List.of(
            // §34 Abs. 1 GKG as amended by the KostRÄG 2021 (from 2021-01-01); Nr. 1100 KV minimum 36 EUR
            new Table("GKG 2021", LocalDate.of(2021, 1, 1), 500_00, 38_00, List.of(
                    new Step(2_000_00, 500_00, 20_00), new Step(10_000_00, 1_000_00, 21_00),
                    new Step(25_000_00, 3_000_00, 29_00), new Step(50_000_00, 5_000_00, 38_00),
                    new Step(200_000_00, 15_000_00, 132_00), new Step(500_000_00, 30_000_00, 198_00),
                    new Step(Long.MAX_VALUE, 50_000_00, 198_00)), 36_00),
            // §34 Abs. 1 GKG as amended by the KostBRÄG 2025 (from 2025-06-01); Nr. 1100 KV minimum 38 EUR
            new Table("GKG 2025", LocalDate.of(2025, 6, 1), 500_00, 40_00, List.of(
                    new Step(2_000_00, 500_00, 21_00), new Step(10_000_00, 1_000_00, 22_50),
                    new Step(25_000_00, 3_000_00, 30_50), new Step(50_000_00, 5_000_00, 40_50),
                    new Step(200_000_00, 15_000_00, 140_00), new Step(500_000_00, 30_000_00, 210_00),
                    new Step(Long.MAX_VALUE, 50_000_00, 210_00)), 38_00));

    private CourtFees() {
    }

    /** The table in force on a day; before the oldest one shipped there is no answer. */
    public static Table tableOn(LocalDate day) {
        Table found = null;
        for (Table table : TABLES) {
            if (!table.validFrom().isAfter(day)) {
                found = table;
            }
        }
        if (found == null) {
            throw new LawInputException("filedOn", "no court fee table before " + TABLES.get(0).validFrom());
        }
        return found;
    }

    /** The payment-order fee for a principal filed on a day. */
    public static Fee paymentOrder(Money principal, LocalDate filedOn) {
        if (!principal.isPositive()) {
            throw new LawInputException("principal", "must be more than 0.00");
        }
        Table table = tableOn(filedOn);
        long one = table.oneFeeCents(principal.cents());
        // §34 Abs. 2 GKG: rounded to the nearest cent once, half a cent up
        long half = new BigDecimal(one).divide(BigDecimal.valueOf(2), 0, RoundingMode.HALF_UP).longValueExact();
        long fee = Math.max(half, table.paymentOrderMinimumCents());
        return new Fee(principal, Money.eurCents(one), Money.eurCents(fee), table.name(), fee > half);
    }
}
