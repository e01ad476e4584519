package de.kulant.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A debtor's browser in the portal without JavaScript: cookies, the CSRF token of the last page, forms and uploads. */
public final class PortalVisit {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    /** A file to upload: its name, media type as the browser claims it, and bytes. */
    public record Upload(String field, String fileName, String contentType, byte[] content) {
    }

    public record Page(int status, String body, HttpHeaders headers, String uri) {

        /** The page's visible text, tags removed and spaces collapsed, for reading what a person reads. */
        public String text() {
            return body.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " ")
                    .replace("&nbsp;", " ").replace('\u00A0', ' ').replace('\u202F', ' ').replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'")
                    .replaceAll("\\s+", " ");
        }
    }

    private final String base;
    private String csrf;
    private final String language;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public PortalVisit(int port, String language) {
        this.base = "http://localhost:" + port;
        this.language = language;
        if (language.equals("en")) {
            get("/portal?lang=en");
        }
    }

    /** The sign-in page as a first visit from a browser that asks for {@code acceptLanguage}. */
    public static Page firstPage(int port, String acceptLanguage) {
        PortalVisit visit = new PortalVisit(port, "de");
        return visit.send(HttpRequest.newBuilder(URI.create(visit.base + "/portal")).header("Accept", "text/html")
                .header("Accept-Language", acceptLanguage).GET().build());
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build());
    }

    /** Posts a form with the CSRF token of the page read last. */
    public Page post(String path, Map<String, String> fields) {
        StringBuilder form = new StringBuilder("_csrf=").append(encode(csrf == null ? "" : csrf));
        fields.forEach((name, value) -> form.append('&').append(encode(name)).append('=').append(encode(value)));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build());
    }

    /** Posts a form with files, as multipart/form-data. */
    public Page postMultipart(String path, Map<String, String> fields, List<Upload> files) {
        String boundary = "----kulant" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        java.util.Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.put("_csrf", csrf == null ? "" : csrf);
        all.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n"));
        for (Upload file : files) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field()
                    + "\"; filename=\"" + file.fileName() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n");
            body.writeBytes(file.content());
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** A download with its headers, whatever its status. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String language() {
        return language;
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher token = CSRF.matcher(response.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return new Page(response.statusCode(), response.body(), response.headers(), response.uri().getPath());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
