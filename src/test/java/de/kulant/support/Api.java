package de.kulant.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the running application, speaking JSON like a shop's integration would. */
public final class Api {

    private final String base;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public Api(int port, JsonMapper json) {
        this.base = "http://localhost:" + port;
        this.json = json;
    }

    /** How a request authenticates: an API key, a staff login, or not at all. */
    public record Auth(String header) {
        public static Auth bearer(String key) {
            return new Auth("Bearer " + key);
        }

        public static Auth basic(String user, String password) {
            return new Auth("Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                    .getBytes(StandardCharsets.UTF_8)));
        }

        public static Auth none() {
            return new Auth(null);
        }
    }

    public record Response(int status, String body, java.net.http.HttpHeaders headers, JsonMapper mapper) {

        public JsonNode json() {
            return mapper.readTree(body);
        }

        /** The text at a JSON pointer, e.g. {@code "/balance/outstanding"}; null when absent. */
        public String at(String pointer) {
            JsonNode node = json().at(pointer);
            return node.isMissingNode() || node.isNull() ? null : node.asString();
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /** A binary answer, such as a PDF or a ZIP. */
    public record Download(int status, byte[] body, java.net.http.HttpHeaders headers) {
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + new String(body, StandardCharsets.UTF_8);
        }
    }

    public Download download(String path, Auth auth) {
        try {
            HttpResponse<byte[]> response = http.send(builder(path, auth, Map.of()).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response get(String path, Auth auth) {
        return send(builder(path, auth, Map.of()).GET());
    }

    public Response get(String path, Auth auth, Map<String, String> headers) {
        return send(builder(path, auth, headers).GET());
    }

    public Response delete(String path, Auth auth) {
        return send(builder(path, auth, Map.of()).DELETE());
    }

    public Response post(String path, Object body, Auth auth) {
        return post(path, body, auth, Map.of());
    }

    public Response post(String path, Object body, Auth auth, Map<String, String> headers) {
        String text = body instanceof String s ? s : json.writeValueAsString(body);
        return send(builder(path, auth, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)));
    }

    public Response put(String path, Object body, Auth auth) {
        return put(path, body, auth, Map.of());
    }

    public Response put(String path, Object body, Auth auth, Map<String, String> headers) {
        String text = body instanceof String s ? s : json.writeValueAsString(body);
        return send(builder(path, auth, headers).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)));
    }

    public Response postBytes(String path, byte[] body, String contentType, Auth auth) {
        return postBytes(path, body, contentType, auth, Map.of());
    }

    public Response postBytes(String path, byte[] body, String contentType, Auth auth, Map<String, String> headers) {
        return send(builder(path, auth, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder builder(String path, Auth auth, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (auth.header() != null) {
            builder.header("Authorization", auth.header());
        }
        headers.forEach(builder::header);
        return builder;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(), response.headers(), json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
