package de.kulant.platform;

/** Answered with 404: the thing does not exist, or it belongs to another tenant (never said which). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
