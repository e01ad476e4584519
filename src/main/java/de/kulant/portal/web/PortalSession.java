package de.kulant.portal.web;

import de.kulant.collection.CaseId;
import de.kulant.platform.Actor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The debtor's sign-in, kept in the HTTP session apart from any staff sign-in: the case and the reference typed, and
 * when the debtor was last seen. A session idle longer than the portal's inactivity is over.
 */
record PortalSession(CaseId caseId, String reference) implements Serializable {

    private static final String KEY = PortalSession.class.getName();
    private static final String LAST_SEEN = KEY + ".lastSeen";

    Actor actor() {
        return Actor.debtor(reference);
    }

    /** Signs the debtor in on a new session id, so that an id planted before sign-in is worth nothing. */
    static void start(HttpServletRequest request, CaseId caseId, String reference, Instant now) {
        request.getSession(true);
        request.changeSessionId();
        HttpSession session = request.getSession();
        session.setAttribute(KEY, new PortalSession(caseId, reference));
        session.setAttribute(LAST_SEEN, now);
    }

    /** The signed-in debtor, when the session is not idle too long; touching it counts as activity. */
    static Optional<PortalSession> current(HttpServletRequest request, Instant now, Duration inactivity) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(KEY) instanceof PortalSession signedIn)) {
            return Optional.empty();
        }
        Instant lastSeen = (Instant) session.getAttribute(LAST_SEEN);
        if (lastSeen == null || Duration.between(lastSeen, now).compareTo(inactivity) > 0) {
            end(request);
            return Optional.empty();
        }
        session.setAttribute(LAST_SEEN, now);
        return Optional.of(signedIn);
    }

    /** Whether the request's session holds a debtor sign-in, live or run out. */
    static boolean held(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(KEY) != null;
    }

    static void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(KEY);
            session.removeAttribute(LAST_SEEN);
        }
    }
}
