package de.kulant.law;

import de.kulant.platform.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The fee for a payment agreement in collection (instalments, a pause): Nr. 1000 VV RVG at 0.7 on half the claim value
 * (§31b RVG), at least 15.00 (§13 Abs. 3 RVG), with the fee table of the case's mandate date. The post flat rate of
 * the matter (Nr. 7002 VV RVG) is 20 % of all its fees, at most 20.00, so the agreement adds only what the business fee
 * left below that cap; VAT (Nr. 7008 VV RVG) only for a creditor that cannot deduct it.
 */
public final class AgreementFee {

    public static final BigDecimal FACTOR = new BigDecimal("0.7");
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final CollectionCosts costs;

    public AgreementFee(CollectionCosts costs) {
        this.costs = costs;
    }

    /**
     * What an agreement on a matter of {@code claimValue} (the principal the collection costs are computed on) costs,
     * given the business fee and flat rate already charged on it.
     */
    public CollectionCostResult of(Money claimValue, LocalDate mandateDate, Money businessFeeCharged,
                                   Money flatRateCharged, boolean creditorDeductsVat) {
        if (claimValue == null || !claimValue.isPositive()) {
            throw new LawInputException("claimValue", "must be greater than zero");
        }
        if (mandateDate == null) {
            throw new LawInputException("date", "is required");
        }
        RvgFeeTable table = costs.tableFor(mandateDate);
        Money value = claimValue.times(HALF, RoundingMode.HALF_UP);
        Money oneFee = Money.eurCents(table.oneFeeCents(value.cents()));
        Money fee = oneFee.times(FACTOR, RoundingMode.HALF_UP).max(CollectionCosts.MINIMUM_FEE);
        Money matterFlatRate = businessFeeCharged.plus(fee).times(CollectionCosts.FLAT_RATE_SHARE, RoundingMode.HALF_UP)
                .min(CollectionCosts.MAXIMUM_FLAT_RATE);
        Money flatRate = matterFlatRate.minus(flatRateCharged).max(Money.zeroEur());
        List<CostLine> lines = new ArrayList<>();
        lines.add(new CostLine("AGREEMENT_FEE", "0,7 Einigungsgebühr Nr. 1000 VV RVG aus " + value.toPlainString()
                .replace('.', ',') + " EUR (50 % der Forderung, § 31b RVG)",
                "0.7 agreement fee Nr. 1000 VV RVG on " + value.toPlainString() + " EUR (50 % of the claim, § 31b RVG)",
                fee, "Nr. 1000 VV RVG, § 31b RVG"));
        if (flatRate.isPositive()) {
            lines.add(new CostLine("POSTAGE_FLAT_RATE", "Post- und Telekommunikationspauschale Nr. 7002 VV RVG (Rest)",
                    "Post and telecommunications flat rate Nr. 7002 VV RVG (remainder)", flatRate, "Nr. 7002 VV RVG"));
        }
        Money vat = Money.zeroEur();
        if (!creditorDeductsVat) {
            vat = fee.plus(flatRate).times(CollectionCosts.VAT_RATE, RoundingMode.HALF_UP);
            lines.add(new CostLine("VAT", "19 % Umsatzsteuer Nr. 7008 VV RVG (Gläubiger nicht vorsteuerabzugsberechtigt)",
                    "19 % VAT Nr. 7008 VV RVG (creditor cannot deduct input tax)", vat, "Nr. 7008 VV RVG"));
        }
        return new CollectionCostResult(FACTOR, oneFee, fee, flatRate, vat, Money.zeroEur(), fee.plus(flatRate).plus(vat),
                List.copyOf(lines), table.name());
    }
}
