package de.kulant.dunning.internal;

import de.kulant.dunning.Channel;
import de.kulant.dunning.DunningPolicy;
import de.kulant.dunning.PolicyInput;
import de.kulant.dunning.PolicyInput.LevelInput;
import de.kulant.dunning.PolicyInput.SegmentInput;
import de.kulant.dunning.PolicyLevel;
import de.kulant.dunning.Segment;
import de.kulant.dunning.SegmentCondition;
import de.kulant.dunning.Tone;
import de.kulant.law.DebtorKind;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.InputCheck;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.money.Amounts;
import de.kulant.platform.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/** Checks a policy before anything is stored: every violation, with the path of the field. */
public final class PolicyValidator {

    static final int MAX_LEVELS = 6;
    static final int MAX_DAYS = 365;

    private PolicyValidator() {
    }

    /** For reading stored policies: any fee up to the largest amount passes. */
    public static final Money NO_CAP = Money.eur("10000000.00");

    public static DunningPolicy validate(PolicyInput input, Money maximumFee) {
        List<FieldViolation> violations = new ArrayList<>();
        if (input == null) {
            throw new InvalidInputException("policy", "is required");
        }
        List<PolicyLevel> levels = levels("levels", input.levels(), maximumFee, violations, true);
        Integer handover = handover("handoverDaysAfterDue", input.handoverDaysAfterDue(), levels, violations);
        int minimumDays = input.minimumDaysBetweenLevels() == null ? 7 : input.minimumDaysBetweenLevels();
        if (minimumDays < 1 || minimumDays > 60) {
            violations.add(FieldViolation.coded("minimumDaysBetweenLevels", "between", "must lie between 1 and 60", 1, 60));
        }
        Tone tone = parse("tone", input.tone(), Tone.NEUTRAL, Tone::valueOf, violations);
        List<Segment> segments = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<SegmentInput> segmentInputs = input.segments() == null ? List.of() : input.segments();
        for (int i = 0; i < segmentInputs.size(); i++) {
            segments.add(segment("segments[" + i + "]", segmentInputs.get(i), levels, handover, maximumFee, names,
                    violations));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new DunningPolicy(levels, handover, minimumDays, tone, Boolean.TRUE.equals(input.chargeBusinessFlatFee()),
                List.copyOf(segments));
    }

    private static Segment segment(String path, SegmentInput input, List<PolicyLevel> baseLevels, Integer baseHandover,
                                   Money maximumFee, Set<String> names, List<FieldViolation> violations) {
        if (input == null) {
            violations.add(FieldViolation.of(path, "is empty"));
            return null;
        }
        String name = input.name() == null ? "" : input.name().strip();
        if (name.isEmpty() || name.length() > 40) {
            violations.add(FieldViolation.coded(path + ".name", "segmentName", "is required, at most 40 characters", 40));
        } else if (DunningPolicy.STANDARD.equalsIgnoreCase(name) || !names.add(name.toLowerCase(Locale.ROOT))) {
            violations.add(FieldViolation.coded(path + ".name", "segmentNameTaken", "'" + name + "' is used twice or reserved",
                    name));
        }
        SegmentCondition when = condition(path + ".when", input.when(), violations);
        Tone tone = parse(path + ".tone", input.tone(), null, Tone::valueOf, violations);
        List<PolicyLevel> levels = input.levels() == null || input.levels().isEmpty() ? null
                : levels(path + ".levels", input.levels(), maximumFee, violations, false);
        Integer handover = input.handoverDaysAfterDue();
        if (handover != null || levels != null) {
            handover(path + ".handoverDaysAfterDue",
                    handover == null ? baseHandover : handover, levels == null ? baseLevels : levels, violations);
        }
        return new Segment(name, when, tone, levels, handover);
    }

    private static SegmentCondition condition(String path, PolicyInput.ConditionInput input, List<FieldViolation> violations) {
        if (input == null) {
            return new SegmentCondition(null, null, null, null, null);
        }
        DebtorKind kind = parse(path + ".debtorKind", input.debtorKind(), null, DebtorKind::valueOf, violations);
        Money min = amount(path + ".minAmount", input.minAmount(), violations);
        Money max = amount(path + ".maxAmount", input.maxAmount(), violations);
        if (min != null && max != null && min.isGreaterThan(max)) {
            violations.add(FieldViolation.coded(path + ".maxAmount", "maxBelowMin", "must not be below minAmount"));
        }
        SegmentCondition.History history = parse(path + ".history", input.history(), null,
                SegmentCondition.History::valueOf, violations);
        String tag = input.customerTag() == null || input.customerTag().isBlank() ? null : input.customerTag().strip();
        if (tag != null && tag.length() > 40) {
            violations.add(FieldViolation.coded(path + ".customerTag", "tooLong", "must have at most 40 characters", 40));
        }
        return new SegmentCondition(kind, min, max, history, tag);
    }

    private static List<PolicyLevel> levels(String path, List<LevelInput> inputs, Money maximumFee,
                                            List<FieldViolation> violations, boolean required) {
        List<PolicyLevel> levels = new ArrayList<>();
        if (inputs == null || inputs.isEmpty()) {
            if (required) {
                violations.add(FieldViolation.coded(path, "oneLevel", "at least one level is required"));
            }
            return levels;
        }
        if (inputs.size() > MAX_LEVELS) {
            violations.add(FieldViolation.coded(path, "maxLevels", "at most " + MAX_LEVELS + " levels; short chains work better",
                    MAX_LEVELS));
            return levels;
        }
        Integer previousDays = null;
        for (int i = 0; i < inputs.size(); i++) {
            String at = path + "[" + i + "]";
            LevelInput level = inputs.get(i);
            if (level == null) {
                violations.add(FieldViolation.of(at, "is empty"));
                continue;
            }
            if (level.level() != null && level.level() != i + 1) {
                violations.add(FieldViolation.of(at + ".level", "levels are numbered 1, 2, 3 ... in order; expected " + (i + 1)));
            }
            InputCheck check = new InputCheck();
            String name = check.required("name", level.name(), 60);
            check.violations().forEach(v -> violations.add(new FieldViolation(at + "." + v.field(), v.message(), null,
                    null, v.code(), v.args())));
            Integer days = level.daysAfterDue();
            if (days == null || days < 0 || days > MAX_DAYS) {
                violations.add(FieldViolation.coded(at + ".daysAfterDue", "between", "must lie between 0 and " + MAX_DAYS, 0,
                        MAX_DAYS));
            } else if (previousDays != null && days <= previousDays) {
                violations.add(FieldViolation.coded(at + ".daysAfterDue", "levelOrder", "must be later than the level before ("
                        + previousDays + " days); levels are out of order or on the same day", previousDays));
            }
            Money fee = fee(at + ".fee", level.fee(), maximumFee, violations);
            Channel channel = parse(at + ".channel", level.channel(), null, Channel::valueOf, violations);
            if (level.channel() == null || level.channel().isBlank()) {
                violations.add(FieldViolation.coded(at + ".channel", "required", "is required (EMAIL, LETTER or EMAIL_AND_LETTER)"));
            }
            Integer term = level.paymentTermDays();
            if (term == null || term < 1 || term > 60) {
                violations.add(FieldViolation.coded(at + ".paymentTermDays", "between", "must lie between 1 and 60 days", 1, 60));
            }
            if (days != null && days >= 0 && days <= MAX_DAYS) {
                previousDays = days;
            }
            if (name != null && days != null && fee != null && channel != null && term != null) {
                levels.add(new PolicyLevel(i + 1, name, days, fee, channel, term,
                        Boolean.TRUE.equals(level.announcesHandover())));
            }
        }
        return levels;
    }

    private static Integer handover(String path, Integer handover, List<PolicyLevel> levels,
                                    List<FieldViolation> violations) {
        if (handover == null) {
            return null;
        }
        int lastDays = levels.isEmpty() ? -1 : levels.get(levels.size() - 1).daysAfterDue();
        if (handover <= lastDays || handover > MAX_DAYS) {
            violations.add(FieldViolation.coded(path, "handoverAfterLast", "must be after the last level (" + lastDays
                    + " days) and at most " + MAX_DAYS + " days", lastDays, MAX_DAYS));
        }
        return handover;
    }

    private static Money fee(String path, String value, Money maximumFee, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return Money.zeroEur();
        }
        // "1,50" as staff type it in German is the same fee as "1.50"
        BigDecimal amount = Amounts.parse(value, false).orElse(null);
        if (amount == null) {
            violations.add(FieldViolation.coded(path, "amount", "'" + value + "' is not an amount (e.g. \"1.50\")",
                    value.strip()));
            return null;
        }
        if (amount.signum() < 0) {
            violations.add(FieldViolation.coded(path, "negative", "must not be negative"));
            return null;
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            violations.add(FieldViolation.coded(path, "decimals", "must have at most two decimals"));
            return null;
        }
        Money fee = Money.eur(amount);
        if (fee.isGreaterThan(maximumFee)) {
            violations.add(FieldViolation.coded(path, "feeMaximum", "exceeds the legal maximum of "
                    + maximumFee.toPlainString() + " EUR: only real material costs may be charged", maximumFee));
            return null;
        }
        return fee;
    }

    private static Money amount(String path, String value, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        InputCheck check = new InputCheck();
        Money amount = check.amount("x", value, Money.eur("10000000.00"));
        check.violations().forEach(v -> violations.add(new FieldViolation(path, v.message(), null, null, v.code(),
                v.args())));
        return amount;
    }

    private static <T> T parse(String path, String value, T fallback, Function<String, T> parser,
                               List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return parser.apply(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(FieldViolation.coded(path, "unknownValue", "unknown value '" + value.strip() + "'", value.strip()));
            return null;
        }
    }
}
