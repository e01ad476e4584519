package de.kulant.reporting;

import de.kulant.platform.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The amounts of one settlement statement. The shop gets the principal, interest and its dunning fees collected; the
 * collection costs and agreement fees (bucket COSTS) are the agency's. The commission is charged on the principal
 * and interest collected outside a promo code's waiver, VAT on the commission; each is rounded once, half up. What
 * the shop owes after a return (a negative amount) is carried into its next statement, never paid out.
 */
public record StatementAmounts(Money principal, Money interest, Money fees, Money costs, Money commissionBase,
                               BigDecimal commissionPercent, Money commission, BigDecimal vatPercent, Money vat,
                               Money carriedIn, Money payout, Money carriedOut) {

    /** §12 Abs. 1 UStG: the standard rate on the agency's service, the commission. */
    public static final BigDecimal VAT_PERCENT = new BigDecimal("19.00");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static StatementAmounts of(Money principal, Money interest, Money fees, Money costs, Money commissionBase,
                                      BigDecimal commissionPercent, Money carriedIn) {
        Money commission = commissionBase.times(commissionPercent.divide(HUNDRED), RoundingMode.HALF_UP);
        Money vat = commission.times(VAT_PERCENT.divide(HUNDRED), RoundingMode.HALF_UP);
        Money due = principal.plus(interest).plus(fees).minus(commission).minus(vat).plus(carriedIn);
        Money none = Money.zeroEur();
        return new StatementAmounts(principal, interest, fees, costs, commissionBase, commissionPercent, commission,
                VAT_PERCENT, vat, carriedIn, due.max(none), due.min(none));
    }

    /** Everything the agency received that the statement accounts for. */
    public Money collected() {
        return principal.plus(interest).plus(fees).plus(costs);
    }

    /** What of it is the shop's before commission and VAT. */
    public Money shopsShare() {
        return principal.plus(interest).plus(fees);
    }
}
