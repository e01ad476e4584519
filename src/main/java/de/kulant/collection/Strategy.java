package de.kulant.collection;

import de.kulant.platform.FieldViolation;
import de.kulant.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The steps of a collection strategy between human touches, by day since the case opened: the first letter on day 0,
 * then letters, reminder e-mails, call tasks and reviews. Days strictly ascending, none negative.
 */
public record Strategy(List<Step> steps) {

    /** What a step does. */
    public static final Set<String> ACTIONS = Set.of("LETTER", "EMAIL", "CALL_TASK", "REVIEW");
    private static final int MAX_STEPS = 20;
    private static final int MAX_DAY = 365;

    /** One step: on {@code day} after opening, {@code action}. */
    public record Step(int day, String action) {
    }

    /** The standard strategy: first letter, a reminder e-mail after a week, a call, a second letter, a review. */
    public static Strategy standard() {
        return new Strategy(List.of(new Step(0, "LETTER"), new Step(7, "EMAIL"), new Step(14, "CALL_TASK"),
                new Step(21, "LETTER"), new Step(35, "REVIEW")));
    }

    /** Checks steps as received ({@code field} names them in errors: {@code champion[2].day}); refuses all at once. */
    public static Strategy of(String field, List<Step> steps, List<FieldViolation> violations) {
        if (steps == null || steps.isEmpty()) {
            violations.add(FieldViolation.coded(field, "required", "is required"));
            return null;
        }
        if (steps.size() > MAX_STEPS) {
            violations.add(FieldViolation.coded(field, "tooMany", "has more than " + MAX_STEPS + " steps", MAX_STEPS));
        }
        List<Step> checked = new ArrayList<>();
        int before = -1;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            String at = field + "[" + i + "]";
            String action = step == null || step.action() == null ? null : step.action().strip().toUpperCase(Locale.ROOT);
            if (step == null || step.day() < 0 || step.day() > MAX_DAY) {
                violations.add(FieldViolation.coded(at + ".day", "dayRange", "must lie between 0 and " + MAX_DAY, MAX_DAY));
                continue;
            }
            if (step.day() <= before) {
                violations.add(FieldViolation.coded(at + ".day", "stepsOutOfOrder",
                        "must come after the day of the step before (" + before + ")", before));
            }
            if (action == null || !ACTIONS.contains(action)) {
                violations.add(FieldViolation.coded(at + ".action", "unknownValue",
                        "must be LETTER, EMAIL, CALL_TASK or REVIEW", String.valueOf(step.action())));
            }
            before = Math.max(before, step.day());
            checked.add(new Step(step.day(), action));
        }
        if (!checked.isEmpty() && (checked.get(0).day() != 0 || !"LETTER".equals(checked.get(0).action()))) {
            violations.add(FieldViolation.coded(field + "[0]", "firstLetter",
                    "must be the first letter on day 0 (§13a RDG)"));
        }
        return new Strategy(List.copyOf(checked));
    }

    static void throwIfAny(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
