package de.kulant.platform;

/** Answered with 413: the body is larger than the endpoint accepts. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(String message) {
        super(message);
    }
}
