package de.kulant.platform;

import java.time.Duration;
import java.util.List;

/** Answered with 429 and {@code Retry-After}: the caller asked too often; a page shows it like a conflict. */
public class TooManyRequestsException extends ConflictException {

    private final Duration retryAfter;

    private TooManyRequestsException(String detail, List<FieldViolation> violations, Duration retryAfter) {
        super(detail, violations);
        this.retryAfter = retryAfter;
    }

    /** Message key {@code violation.<code>} for pages and translated answers, then the args. */
    public static TooManyRequestsException coded(Duration retryAfter, String code, String detail, Object... args) {
        return new TooManyRequestsException(detail, List.of(FieldViolation.coded("", code, detail, args)), retryAfter);
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
