package de.kulant.correspondence.internal;

/** A letter that cannot be written correctly (bad bank details, amount beyond the QR limits, a broken template). */
public class LetterException extends RuntimeException {

    public LetterException(String message) {
        super(message);
    }

    public LetterException(String message, Throwable cause) {
        super(message, cause);
    }
}
