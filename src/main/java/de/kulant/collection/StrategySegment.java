package de.kulant.collection;

import de.kulant.law.DebtorKind;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.InputCheck;
import de.kulant.platform.money.Money;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A group of cases with a strategy of its own, for example businesses or amounts above 1,000 EUR. A new case follows
 * the first segment whose conditions all hold (debtor kind, the value handed over within the amount band, the
 * customer tag); a case in no segment follows the champion or challenger.
 */
public record StrategySegment(String name, DebtorKind debtorKind, Money minAmount, Money maxAmount, String customerTag,
                              Strategy strategy) {

    /** A segment as received and shown: amounts in the API form ("1000.00"), steps as for any strategy. */
    public record Input(String name, String debtorKind, String minAmount, String maxAmount, String customerTag,
                        List<Strategy.Step> steps) {
    }

    static final int MAX_SEGMENTS = 10;
    private static final Money MAX_AMOUNT = Money.eur("100000000.00");

    /** Checks segments as received ({@code segments[1].minAmount} in errors); null for none. */
    static List<StrategySegment> of(List<Input> inputs, List<FieldViolation> violations) {
        List<StrategySegment> segments = new ArrayList<>();
        if (inputs == null) {
            return segments;
        }
        if (inputs.size() > MAX_SEGMENTS) {
            violations.add(FieldViolation.coded("segments", "tooManySegments", "has more than " + MAX_SEGMENTS + " segments",
                    MAX_SEGMENTS));
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            String at = "segments[" + i + "]";
            Input in = inputs.get(i) == null ? new Input(null, null, null, null, null, null) : inputs.get(i);
            InputCheck check = new InputCheck().nested(at);
            String name = check.required("name", in.name(), 60);
            if (name != null && !names.add(name.toLowerCase(Locale.ROOT))) {
                check.violation("name", "duplicate", "is used by another segment", name);
            }
            DebtorKind kind = null;
            if (in.debtorKind() != null && !in.debtorKind().isBlank()) {
                try {
                    kind = DebtorKind.valueOf(in.debtorKind().strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    check.violation("debtorKind", "unknownValue", "must be CONSUMER or BUSINESS", in.debtorKind());
                }
            }
            Money min = blank(in.minAmount()) ? null : check.amountOrZero("minAmount", in.minAmount(), MAX_AMOUNT);
            Money max = blank(in.maxAmount()) ? null : check.amount("maxAmount", in.maxAmount(), MAX_AMOUNT);
            if (min != null && max != null && min.isGreaterThan(max)) {
                check.violation("maxAmount", "belowMinimum", "must not be below minAmount", min.toPlainString());
            }
            String tag = check.optional("customerTag", in.customerTag(), 40);
            if (kind == null && blank(in.debtorKind()) && blank(in.minAmount()) && blank(in.maxAmount()) && tag == null) {
                check.violation("name", "noCondition", "needs at least one condition: debtorKind, minAmount, "
                        + "maxAmount or customerTag");
            }
            violations.addAll(check.violations());
            Strategy strategy = Strategy.of(at + ".steps", in.steps(), violations);
            segments.add(new StrategySegment(name, kind, min, max, tag, strategy));
        }
        return segments;
    }

    /** Whether a case of this debtor, with this value handed over, belongs to the segment. */
    boolean matches(DebtorKind kind, String tag, Money value) {
        return (debtorKind == null || debtorKind == kind)
                && (minAmount == null || !minAmount.isGreaterThan(value))
                && (maxAmount == null || !value.isGreaterThan(maxAmount))
                && (customerTag == null || customerTag.equalsIgnoreCase(tag == null ? "" : tag.strip()));
    }

    public Input input() {
        return new Input(name, debtorKind == null ? null : debtorKind.name(),
                minAmount == null ? null : minAmount.toPlainString(), maxAmount == null ? null : maxAmount.toPlainString(),
                customerTag, strategy.steps());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
