package de.kulant.platform.security;

import de.kulant.platform.ShopSignIn;
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
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a shop user's session after a period without requests, and at once when the owner removed them, changed their
 * role, or a new password was set for them. Reads the account on each signed-in request, so it holds across instances.
 */
class ShopSessionFilter extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = ShopSessionFilter.class.getName() + ".signedInAt";

    private final ShopSignIn signIn;
    private final Clock clock;
    private final Duration inactivity;

    ShopSessionFilter(ShopSignIn signIn, Clock clock, Duration inactivity) {
        this.signIn = signIn;
        this.clock = clock;
        this.inactivity = inactivity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (signedIn == null || !(signedIn.getPrincipal() instanceof ShopUser user) || session == null) {
            chain.doFilter(request, response);
            return;
        }
        Instant now = clock.instant();
        if (SessionLimits.idleTooLong(session, now, inactivity)) {
            SessionLimits.end(request, response, session, "/app/login?timeout");
            return;
        }
        Instant signedInAt = (Instant) session.getAttribute(SIGNED_IN_AT);
        Optional<ShopSignIn.Standing> standing = signIn.standing(user.id());
        Instant validFrom = standing.map(ShopSignIn.Standing::sessionsValidFrom).orElse(null);
        if (signedInAt == null || standing.isEmpty() || !standing.get().role().equals(user.role())
                || validFrom != null && signedInAt.isBefore(validFrom)) {
            SessionLimits.end(request, response, session, "/app/login?ended");
            return;
        }
        SessionLimits.seen(session, now);
        chain.doFilter(request, response);
    }

    /** Notes when the user signed in, then opens the shop app. */
    static void signedIn(HttpServletRequest request, HttpServletResponse response, Clock clock) throws IOException {
        request.getSession().setAttribute(SIGNED_IN_AT, clock.instant());
        response.sendRedirect(request.getContextPath() + "/app");
    }
}
