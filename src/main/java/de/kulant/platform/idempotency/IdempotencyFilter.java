package de.kulant.platform.idempotency;

import de.kulant.platform.web.SecretResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on API POSTs: the first response to a key is stored; the same key with the
 * same request replays it, with another request it is 409, and while the first is still running 409
 * too. Keys are per caller. A 5xx answer is not stored, so the client may retry. A response that
 * carries a secret ({@link SecretResponses}, a new API key) is never stored, and a replay answers 409
 * saying the request was done and its secret was shown once.
 */
final class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";

    private final IdempotencyStore store;
    private final long maxBodyBytes;

    IdempotencyFilter(IdempotencyStore store, long maxBodyBytes) {
        this.store = store;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || (contentType != null && contentType.toLowerCase().startsWith("multipart/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(HEADER).strip();
        if (key.isEmpty() || key.length() > 200) {
            problem(response, 400, "The Idempotency-Key header must have 1 to 200 characters.");
            return;
        }
        if (request.getContentLengthLong() > maxBodyBytes) {
            problem(response, 413, "The request body exceeds " + maxBodyBytes + " bytes.");
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
        if (body.length > maxBodyBytes) {
            problem(response, 413, "The request body exceeds " + maxBodyBytes + " bytes.");
            return;
        }
        String scope = authentication.getName();
        String hash = hash(request, body);
        Optional<IdempotencyStore.Stored> existing = store.begin(scope, key, hash);
        if (existing.isPresent()) {
            replayOrRefuse(existing.get(), hash, response);
            return;
        }
        ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(new CachedBodyRequest(request, body), cached);
            completed = cached.getStatus() < 500;
        } finally {
            if (completed && SecretResponses.marked(request)) {
                store.completeWithheld(scope, key, cached.getStatus());
            } else if (completed) {
                store.complete(scope, key, cached.getStatus(), cached.getContentType(), cached.getContentAsByteArray());
            } else {
                store.abandon(scope, key);
            }
            cached.copyBodyToResponse();
        }
    }

    private void replayOrRefuse(IdempotencyStore.Stored stored, String hash, HttpServletResponse response)
            throws IOException {
        if (!stored.requestHash().equals(hash)) {
            problem(response, 409, "This Idempotency-Key was used before with a different request.");
        } else if (stored.status() == null) {
            problem(response, 409, "A request with this Idempotency-Key is still being processed.");
        } else if (stored.withheld()) {
            problem(response, 409, "The request with this Idempotency-Key was done; its answer held a secret that is "
                    + "shown only once and never stored, so it is not replayed. Revoke it and issue a new one if it was lost.");
        } else {
            response.setStatus(stored.status());
            response.setHeader("Idempotent-Replayed", "true");
            if (stored.contentType() != null) {
                response.setContentType(stored.contentType());
            }
            response.getOutputStream().write(stored.body());
        }
    }

    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString()
                    + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void problem(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        String title = status == 409 ? "Conflict" : status == 413 ? "Payload too large" : "Malformed request";
        response.getWriter().write("{\"type\":\"https://kulant.de/problems/idempotency\",\"title\":\"" + title
                + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
    }

    /** The request with its body read once into memory, so the controller can read it again. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return false;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
