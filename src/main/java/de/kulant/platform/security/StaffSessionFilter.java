package de.kulant.platform.security;

import de.kulant.platform.ShopUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a staff session after a period without requests, and at once when the person was deactivated or set a new
 * password elsewhere. Reads the account on each signed-in page request, so it holds across instances.
 */
class StaffSessionFilter extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = StaffSessionFilter.class.getName() + ".signedInAt";

    private final StaffAccounts accounts;
    private final Clock clock;
    private final Duration inactivity;

    StaffSessionFilter(StaffAccounts accounts, Clock clock, Duration inactivity) {
        this.accounts = accounts;
        this.clock = clock;
        this.inactivity = inactivity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        // a shop's user is no staff member: the staff pages refuse them by role, their session is the shop app's
        if (signedIn == null || !signedIn.isAuthenticated() || signedIn instanceof AnonymousAuthenticationToken
                || signedIn.getPrincipal() instanceof ShopUser || session == null) {
            chain.doFilter(request, response);
            return;
        }
        Instant now = clock.instant();
        if (SessionLimits.idleTooLong(session, now, inactivity)) {
            SessionLimits.end(request, response, session, "/login?timeout");
            return;
        }
        if (session.getAttribute(SIGNED_IN_AT) == null) {
            session.setAttribute(SIGNED_IN_AT, now);
        }
        Instant signedInAt = (Instant) session.getAttribute(SIGNED_IN_AT);
        Optional<StaffAccounts.SessionStanding> standing = accounts.sessionStanding(signedIn.getName());
        if (standing.isEmpty() || !standing.get().active() || (standing.get().sessionsValidFrom() != null
                && signedInAt.isBefore(standing.get().sessionsValidFrom()))) {
            SessionLimits.end(request, response, session, "/login?ended");
            return;
        }
        SessionLimits.seen(session, now);
        chain.doFilter(request, response);
    }

    /** Keeps the current session valid after its own holder changed the password. */
    static void renew(HttpSession session, Instant now) {
        session.setAttribute(SIGNED_IN_AT, now);
    }
}
