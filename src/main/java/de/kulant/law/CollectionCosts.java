package de.kulant.law;

import de.kulant.platform.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The most a debtor owes for a collection agency's work (§13e RDG): what a lawyer would get under the
 * RVG for an undisputed claim. Business fee Nr. 2300 VV RVG at 0.5 when the debtor pays on the first
 * demand, otherwise at most 0.9 (Anm. Abs. 2); the 1.0 fee by §13 RVG (small claims up to 50 EUR by
 * §13 Abs. 2), at least 15.00 (§13 Abs. 3); the post and telecom flat rate Nr. 7002 VV (20 %, at most
 * 20.00); VAT Nr. 7008 VV only when the creditor cannot deduct it.
 */
public final class CollectionCosts {

    public static final BigDecimal PROMPT_FACTOR = new BigDecimal("0.5");
    public static final BigDecimal REGULAR_FACTOR = new BigDecimal("0.9");
    static final Money MINIMUM_FEE = Money.eur("15.00");
    static final Money MAXIMUM_FLAT_RATE = Money.eur("20.00");
    static final BigDecimal FLAT_RATE_SHARE = new BigDecimal("0.20");
    static final BigDecimal VAT_RATE = new BigDecimal("0.19");
    static final Money MAXIMUM_CLAIM_VALUE = Money.eur("10000000.00");

    private final List<RvgFeeTable> tables;

    public CollectionCosts(List<RvgFeeTable> tables) {
        this.tables = List.copyOf(tables);
    }

    public static CollectionCosts published() {
        return new CollectionCosts(RvgFeeTable.published());
    }

    public RvgFeeTable tableFor(LocalDate mandateDate) {
        RvgFeeTable found = null;
        for (RvgFeeTable table : tables) {
            if (!mandateDate.isBefore(table.validFrom())) {
                found = table;
            }
        }
        if (found == null) {
            throw new LawInputException("date", "collection costs are computed for mandates from "
                    + tables.get(0).validFrom() + " (the 2021 reform of §13e RDG and Nr. 2300 VV RVG)");
        }
        return found;
    }

    public CollectionCostResult maximum(CollectionCostQuery query) {
        return maximum(query, query.b2bFlatFeeCharged() ? FlatFee.B2B_FLAT_FEE : Money.zeroEur());
    }

    /**
     * The maximum for a matter whose claims together had {@code flatFeesCharged} of §288 Abs. 5 BGB flat fees (40 EUR
     * per claim of a business debtor): they are set off against the costs, at most down to zero.
     */
    public CollectionCostResult maximum(CollectionCostQuery query, Money flatFeesCharged) {
        validate(query);
        Money value = query.claimValue();
        RvgFeeTable table = tableFor(query.mandateDate());
        Money oneFee = Money.eurCents(table.oneFeeCents(value.cents()));
        BigDecimal factor = query.promptPayment() ? PROMPT_FACTOR : REGULAR_FACTOR;
        Money fee = oneFee.times(factor, RoundingMode.HALF_UP).max(MINIMUM_FEE);
        Money flatRate = fee.times(FLAT_RATE_SHARE, RoundingMode.HALF_UP).min(MAXIMUM_FLAT_RATE);
        List<CostLine> lines = new ArrayList<>();
        String feeBasis = value.cents() <= table.smallUpToCents()
                ? "§13e RDG, §13 Abs. 2 RVG, Nr. 2300 VV RVG"
                : "§13e RDG, §13 Abs. 1 RVG, Nr. 2300 VV RVG";
        lines.add(new CostLine("BUSINESS_FEE",
                decimal(factor) + " Geschäftsgebühr Nr. 2300 VV RVG aus " + euros(value, Locale.GERMANY)
                        + " (1,0-Gebühr " + euros(oneFee, Locale.GERMANY) + ")",
                factor.toPlainString() + " business fee Nr. 2300 VV RVG on " + euros(value, Locale.UK)
                        + " (1.0 fee " + euros(oneFee, Locale.UK) + ")",
                fee, feeBasis));
        lines.add(new CostLine("POSTAGE_FLAT_RATE", "Post- und Telekommunikationspauschale Nr. 7002 VV RVG",
                "Post and telecommunications flat rate Nr. 7002 VV RVG", flatRate, "Nr. 7002 VV RVG"));
        Money vat = Money.zeroEur();
        if (!query.creditorDeductsVat()) {
            vat = fee.plus(flatRate).times(VAT_RATE, RoundingMode.HALF_UP);
            lines.add(new CostLine("VAT", "19 % Umsatzsteuer Nr. 7008 VV RVG (Gläubiger nicht vorsteuerabzugsberechtigt)",
                    "19 % VAT Nr. 7008 VV RVG (creditor cannot deduct input tax)", vat, "Nr. 7008 VV RVG"));
        }
        Money gross = fee.plus(flatRate).plus(vat);
        Money offset = Money.zeroEur();
        if (flatFeesCharged.isPositive()) {
            offset = flatFeesCharged.min(gross);
            lines.add(new CostLine("B2B_FLAT_FEE_OFFSET", "Anrechnung der Verzugspauschale",
                    "Set-off of the late-payment flat fee", offset.negate(), "§288 Abs. 5 Satz 3 BGB"));
        }
        return new CollectionCostResult(factor, oneFee, fee, flatRate, vat, offset, gross.minus(offset),
                List.copyOf(lines), table.name());
    }

    private static void validate(CollectionCostQuery query) {
        if (query.claimValue() == null || !query.claimValue().isPositive()) {
            throw new LawInputException("claimValue", "must be greater than zero");
        }
        if (query.claimValue().isGreaterThan(MAXIMUM_CLAIM_VALUE)) {
            throw new LawInputException("claimValue", "must not exceed " + MAXIMUM_CLAIM_VALUE.toPlainString());
        }
        if (query.mandateDate() == null) {
            throw new LawInputException("date", "is required");
        }
    }

    private static String decimal(BigDecimal factor) {
        return factor.toPlainString().replace('.', ',');
    }

    private static String euros(Money money, Locale locale) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale));
        return format.format(money.amount()) + " EUR";
    }
}
