package de.kulant.payments.internal;

/** A statement file that cannot be read; the message names the position and what is wrong there. */
public class StatementFormatException extends RuntimeException {

    private final String position;

    public StatementFormatException(String position, String message) {
        super(position == null ? message : position + ": " + message);
        this.position = position;
    }

    public String position() {
        return position;
    }

    /** The line the position names, or null. */
    public Integer line() {
        if (position == null || !position.startsWith("line ")) {
            return null;
        }
        String digits = position.substring(5).split("\\D", 2)[0];
        return digits.isEmpty() ? null : Integer.valueOf(digits);
    }
}
