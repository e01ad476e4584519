package de.kulant.collection;

import de.kulant.platform.FieldViolation;
import de.kulant.platform.InputCheck;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.money.Money;
import java.util.List;

/**
 * What a creditor lets a debtor have without asking it: at most {@code maxInstalments} rates of at least
 * {@code minRate}, a pause of at most {@code maxPauseDays}, a settlement discount of at most {@code maxDiscountPercent}
 * once a case is {@code discountFromDays} old; whether the agreement fee (Nr. 1000 VV RVG) is charged and whether
 * default interest is waived while a plan is kept. Anything beyond needs the creditor's approval. {@code creditBureau}
 * names the credit bureau the creditor reports to (null: none); its letters then tell the debtor beforehand.
 */
public record AgreementRules(int maxInstalments, Money minRate, int maxPauseDays, int maxDiscountPercent,
                             int discountFromDays, boolean chargeAgreementFee, boolean waiveInterest,
                             String creditBureau) {

    /** The rules as typed, amounts in the API form ("25.00"). */
    public record Input(Integer maxInstalments, String minRate, Integer maxPauseDays, Integer maxDiscountPercent,
                        Integer discountFromDays, Boolean chargeAgreementFee, Boolean waiveInterest,
                        String creditBureau) {
    }

    public static final int MOST_INSTALMENTS = 72;
    static final int LONGEST_PAUSE_DAYS = 365;

    /** Rules a small shop can live with: a year of rates of 25 EUR or more, two months' pause, no discount alone. */
    public static AgreementRules standard() {
        return new AgreementRules(12, Money.eur("25.00"), 60, 0, 90, true, false, null);
    }

    /** Checks the rules as typed; every wrong field is named, and nothing is taken then. */
    static AgreementRules of(Input in) {
        InputCheck check = new InputCheck();
        AgreementRules standard = standard();
        int instalments = range(check, "maxInstalments", in.maxInstalments(), standard.maxInstalments(), 1,
                MOST_INSTALMENTS);
        Money minRate = in.minRate() == null || in.minRate().isBlank() ? standard.minRate()
                : check.amount("minRate", in.minRate(), Money.eur("100000.00"));
        int pause = range(check, "maxPauseDays", in.maxPauseDays(), standard.maxPauseDays(), 0, LONGEST_PAUSE_DAYS);
        int discount = range(check, "maxDiscountPercent", in.maxDiscountPercent(), standard.maxDiscountPercent(), 0, 50);
        int from = range(check, "discountFromDays", in.discountFromDays(), standard.discountFromDays(), 0, 3650);
        String bureau = check.optional("creditBureau", in.creditBureau(), 100);
        List<FieldViolation> violations = check.violations();
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new AgreementRules(instalments, minRate, pause, discount, from,
                in.chargeAgreementFee() == null ? standard.chargeAgreementFee() : in.chargeAgreementFee(),
                in.waiveInterest() == null ? standard.waiveInterest() : in.waiveInterest(),
                bureau == null || bureau.isBlank() ? null : bureau.strip());
    }

    /** The same rules with the creditor's credit bureau. */
    AgreementRules withCreditBureau(String bureau) {
        return new AgreementRules(maxInstalments, minRate, maxPauseDays, maxDiscountPercent, discountFromDays,
                chargeAgreementFee, waiveInterest, bureau);
    }

    public Input input() {
        return new Input(maxInstalments, minRate.toPlainString(), maxPauseDays, maxDiscountPercent, discountFromDays,
                chargeAgreementFee, waiveInterest, creditBureau);
    }

    private static int range(InputCheck check, String field, Integer value, int fallback, int lowest, int highest) {
        if (value == null) {
            return fallback;
        }
        if (value < lowest || value > highest) {
            check.violation(field, "between", "must lie between " + lowest + " and " + highest, lowest, highest);
            return fallback;
        }
        return value;
    }
}
