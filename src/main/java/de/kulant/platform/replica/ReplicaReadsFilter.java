package de.kulant.platform.replica;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets page views (GET and HEAD of the HTML pages) read from the standby. A session that changed something reads from
 * the primary for {@code kulant.replica.sticky-after-write}, so the page after a form shows the change. API calls
 * always read from the primary: a client that creates a claim and reads it back must find it.
 */
class ReplicaReadsFilter extends OncePerRequestFilter {

    static final String LAST_WRITE = ReplicaReadsFilter.class.getName() + ".lastWrite";

    private final Clock clock;
    private final Duration sticky;

    ReplicaReadsFilter(Clock clock, Duration sticky) {
        this.clock = clock;
        this.sticky = sticky;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/actuator")) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        boolean pageView = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!pageView) {
            if (session != null) {
                session.setAttribute(LAST_WRITE, clock.millis());
            }
            chain.doFilter(request, response);
            return;
        }
        if (session != null && session.getAttribute(LAST_WRITE) instanceof Long wrote
                && Instant.ofEpochMilli(wrote).plus(sticky).isAfter(clock.instant())) {
            chain.doFilter(request, response);
            return;
        }
        ReplicaScope.enter();
        try {
            chain.doFilter(request, response);
        } finally {
            ReplicaScope.leave();
        }
    }
}
