package de.kulant.platform;

import java.util.List;

/** Input that breaks a rule; answered with 422 and every violation found. Nothing was stored. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super(summary(violations));
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(FieldViolation.of(field, message)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    private static String summary(List<FieldViolation> violations) {
        return violations.isEmpty() ? "invalid input"
                : violations.get(0).field() + ": " + violations.get(0).message()
                + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : "");
    }
}
