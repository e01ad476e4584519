package de.kulant.law;

import de.kulant.platform.money.Money;
import java.time.LocalDate;

/**
 * @param claimValue the principal the collection is about (the value of the matter)
 * @param mandateDate when the creditor gave the collection mandate; selects the fee table
 * @param promptPayment the debtor paid on the first demand (simple case, factor 0.5)
 * @param creditorDeductsVat the creditor can deduct input tax, so no VAT may be charged
 * @param b2bFlatFeeCharged the 40 EUR of §288 Abs. 5 BGB were charged and must be set off
 */
public record CollectionCostQuery(Money claimValue, LocalDate mandateDate, boolean promptPayment,
                                  boolean creditorDeductsVat, boolean b2bFlatFeeCharged) {

    public static CollectionCostQuery of(Money claimValue, LocalDate mandateDate, boolean promptPayment) {
        return new CollectionCostQuery(claimValue, mandateDate, promptPayment, true, false);
    }
}
