package de.kulant.platform;

import java.util.ArrayList;
import java.util.List;

/** {@code ?page=0&size=50}: size at most 500 (api.md). */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 500;

    public static PageRequest of(Integer page, Integer size) {
        List<FieldViolation> violations = new ArrayList<>();
        int p = page == null ? 0 : page;
        int s = size == null ? 50 : size;
        if (p < 0) {
            violations.add(FieldViolation.of("page", "must be 0 or more"));
        }
        if (s < 1 || s > MAX_SIZE) {
            violations.add(FieldViolation.of("size", "must lie between 1 and " + MAX_SIZE));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new PageRequest(p, s);
    }

    public long offset() {
        return (long) page * size;
    }
}
