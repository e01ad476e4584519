package de.kulant.platform;

/** Answered with 403: the caller is known but may not do this. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
