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

    public List<FieldViolation> violations() {
        return violations;
    }
}
