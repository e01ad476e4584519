package de.kulant.platform;

/**
 * One reason input was refused: the field (JSON path or CSV column) and a message; {@code index} for an
 * element of a batch, {@code line} for a line of a file (1 = the header line).
 */
public record FieldViolation(String field, String message, Integer index, Integer line) {

    public static FieldViolation of(String field, String message) {
        return new FieldViolation(field, message, null, null);
    }

    public FieldViolation atIndex(int index) {
        return new FieldViolation(field, message, index, line);
    }

    public FieldViolation atLine(int line) {
        return new FieldViolation(field, message, null, line);
    }
}
