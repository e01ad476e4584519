package de.kulant.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A staff user logged in through the login form, reading pages of the UI as a browser would, with their status. */
public final class StaffSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private String csrf;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public record Page(int status, String body) {
    }

    private StaffSession(int port) {
        this.base = "http://localhost:" + port;
    }

    public static StaffSession logIn(int port, String username, String password) {
        StaffSession session = new StaffSession(port);
        Matcher csrf = CSRF.matcher(session.get("/login").body());
        if (!csrf.find()) {
            throw new IllegalStateException("the login page has no CSRF token");
        }
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        Page landed = session.send(HttpRequest.newBuilder(URI.create(session.base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (landed.status() != 200 || landed.body().contains("name=\"password\"")) {
            throw new IllegalStateException("login failed: " + landed.status());
        }
        return session;
    }

    /** A visitor who is not signed in, for the public pages (the page behind a password link). */
    public static StaffSession anonymous(int port) {
        return new StaffSession(port);
    }

    /** Submits a form with the CSRF token of the page read last, following the redirect as a browser does. */
    public Page post(String path, java.util.Map<String, String> fields) {
        StringBuilder form = new StringBuilder("_csrf=").append(encode(csrf == null ? "" : csrf));
        fields.forEach((name, value) -> form.append('&').append(encode(name)).append('=').append(encode(value)));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build());
    }

    /** Sends a file as a browser's upload form does (multipart), with the CSRF token of the page read last. */
    public Page upload(String path, String field, String fileName, byte[] content) {
        String boundary = "----kulant" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                + (csrf == null ? "" : csrf) + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + field + "\"; filename=\"" + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** A download as bytes (a workbook, a PDF), failing unless it answers 200. */
    public byte[] bytes(String path) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build());
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher token = CSRF.matcher(response.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return new Page(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
