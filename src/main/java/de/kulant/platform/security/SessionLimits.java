package de.kulant.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.context.SecurityContextHolder;

/** What staff and shop sessions share: the limit on time without a request, and how a session is ended. */
final class SessionLimits {

    private static final String LAST_SEEN = SessionLimits.class.getName() + ".lastSeen";

    private SessionLimits() {
    }

    /** True when the session's last request lies longer ago than {@code inactivity}. */
    static boolean idleTooLong(HttpSession session, Instant now, Duration inactivity) {
        Instant lastSeen = (Instant) session.getAttribute(LAST_SEEN);
        return lastSeen != null && Duration.between(lastSeen, now).compareTo(inactivity) > 0;
    }

    static void seen(HttpSession session, Instant now) {
        session.setAttribute(LAST_SEEN, now);
    }

    /** Ends the session and sends the person to {@code login} (as htmx expects it for a partial request). */
    static void end(HttpServletRequest request, HttpServletResponse response, HttpSession session, String login)
            throws IOException {
        session.invalidate();
        SecurityContextHolder.clearContext();
        String target = request.getContextPath() + login;
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", target);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            response.sendRedirect(target);
        }
    }
}
