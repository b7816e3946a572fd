package de.thinka.kompass.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * HTTP to one server instance, anonymous or as one demo staff member (password "demo"). A staff member
 * logs in once with Basic authentication and then holds the session cookie: checking the password hash on
 * every request would measure PBKDF2, not KOMPASS.
 */
final class Http {

    private final String base;
    private final HttpClient client;

    private Http(String base, HttpClient client) {
        this.base = base;
        this.client = client;
    }

    static Http anonymous(String base) {
        return new Http(base, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build());
    }

    static Http staff(String base, String username) {
        Http http = new Http(base, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build());
        HttpResponse<String> me = http.send(http.request("/api/me").header("Authorization", basic(username)).GET().build());
        if (me.statusCode() != 200) {
            throw new IllegalStateException("cannot log in as " + username + " at " + base + ": " + me.statusCode());
        }
        return http;
    }

    static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    String base() {
        return base;
    }

    /** With the header KOMPASS' own scripts send: a session-held POST without it is refused as cross-site. */
    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("X-Requested-With", "XMLHttpRequest");
    }

    HttpRequest.Builder postJson(String path, String json) {
        return request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String json) {
        return send(postJson(path, json).build());
    }

    /** GET that must answer 200. */
    HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(request(path).GET().build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    java.util.concurrent.CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest request) {
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonObject json(String body) {
        return read(body).asJsonObject();
    }

    static JsonValue read(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        }
    }
}
