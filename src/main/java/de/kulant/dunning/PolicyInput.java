package de.kulant.dunning;

import java.util.List;

/** A dunning policy as sent to {@code PUT /api/v1/dunning-policy}: raw values, checked by {@link DunningPolicies}. */
public record PolicyInput(List<LevelInput> levels, Integer handoverDaysAfterDue, Integer minimumDaysBetweenLevels,
                          String tone, Boolean chargeBusinessFlatFee, List<SegmentInput> segments) {

    public record LevelInput(Integer level, String name, Integer daysAfterDue, String fee, String channel,
                             Integer paymentTermDays, Boolean announcesHandover) {
    }

    public record SegmentInput(String name, ConditionInput when, String tone, List<LevelInput> levels,
                               Integer handoverDaysAfterDue) {
    }

    public record ConditionInput(String debtorKind, String minAmount, String maxAmount, String history,
                                 String customerTag) {
    }

    /** The input form of a stored policy, for editing it. */
    public static PolicyInput of(DunningPolicy policy) {
        return new PolicyInput(levels(policy.levels()), policy.handoverDaysAfterDue(), policy.minimumDaysBetweenLevels(),
                policy.tone().name(), policy.chargeBusinessFlatFee(), policy.segments().stream()
                .map(s -> new SegmentInput(s.name(), new ConditionInput(
                        s.when().debtorKind() == null ? null : s.when().debtorKind().name(),
                        s.when().minAmount() == null ? null : s.when().minAmount().toPlainString(),
                        s.when().maxAmount() == null ? null : s.when().maxAmount().toPlainString(),
                        s.when().history() == null ? null : s.when().history().name(), s.when().customerTag()),
                        s.tone() == null ? null : s.tone().name(), s.levels() == null ? null : levels(s.levels()),
                        s.handoverDaysAfterDue()))
                .toList());
    }

    private static List<LevelInput> levels(List<PolicyLevel> levels) {
        return levels.stream().map(l -> new LevelInput(l.level(), l.name(), l.daysAfterDue(), l.fee().toPlainString(),
                l.channel().name(), l.paymentTermDays(), l.announcesHandover())).toList();
    }
}
