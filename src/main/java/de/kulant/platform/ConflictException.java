package de.kulant.platform;

import java.util.List;

/** Answered with 409: the request contradicts what is stored (a duplicate with other content, a closed claim). */
public class ConflictException extends RuntimeException {

    private final List<FieldViolation> violations;

    public ConflictException(String detail) {
        this(detail, List.of());
    }

    public ConflictException(String detail, List<FieldViolation> violations) {
        super(detail);
        this.violations = List.copyOf(violations);
    }

    /** A conflict a page can say in its reader's language: message key {@code violation.<code>}, then the args. */
    public static ConflictException coded(String code, String detail, Object... args) {
        return new ConflictException(detail, List.of(FieldViolation.coded("", code, detail, args)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    /** What a page shows: the coded violations, or the detail as one on {@code field} where there are none. */
    public List<FieldViolation> violationsOr(String field) {
        return violations.isEmpty() ? List.of(FieldViolation.of(field, getMessage())) : violations;
    }
}
