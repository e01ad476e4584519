package de.kulant.law;

/** Input a legal calculation cannot work with; names the offending field for the caller's error message. */
public class LawInputException extends IllegalArgumentException {

    private final String field;

    public LawInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
