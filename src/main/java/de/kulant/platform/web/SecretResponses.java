package de.kulant.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Marks a request whose response carries a secret (a new API key): the idempotency filter then never stores the
 * response for replay.
 */
public final class SecretResponses {

    private static final String ATTRIBUTE = SecretResponses.class.getName();

    private SecretResponses() {
    }

    public static void mark(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, Boolean.TRUE);
    }

    public static boolean marked(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(ATTRIBUTE));
    }
}
