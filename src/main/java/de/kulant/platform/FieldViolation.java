package de.kulant.platform;

import java.io.Serializable;
import java.util.List;

/**
 * One reason input was refused: the field (JSON path or CSV column) and a message in English; {@code index} for an
 * element of a batch, {@code line} for a line of a file (1 = the header line). A {@code code} (with its
 * {@code args}) lets a page say the same as a sentence in its reader's language (message key {@code violation.<code>}).
 */
public record FieldViolation(String field, String message, Integer index, Integer line, String code, List<Object> args) implements Serializable {

    public static FieldViolation of(String field, String message) {
        return new FieldViolation(field, message, null, null, null, List.of());
    }

    public static FieldViolation coded(String field, String code, String message, Object... args) {
        return new FieldViolation(field, message, null, null, code, List.of(args));
    }

    public FieldViolation atIndex(int index) {
        return new FieldViolation(field, message, index, line, code, args);
    }

    public FieldViolation atLine(int line) {
        return new FieldViolation(field, message, null, line, code, args);
    }
}
