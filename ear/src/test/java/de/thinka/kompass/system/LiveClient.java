package de.thinka.kompass.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A real WebSocket client (the JDK's) that collects the JSON messages it receives. */
public final class LiveClient implements WebSocket.Listener, AutoCloseable {

    private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private final List<String> raw = new ArrayList<>();
    private WebSocket socket;
    private final CompletableFuture<String> closed = new CompletableFuture<>();

    private LiveClient() {
    }

    public static LiveClient connect(String path) {
        return connect(path, null);
    }

    /** Connects as a staff member (HTTP Basic on the handshake) or anonymously when username is null. */
    public static LiveClient connect(String path, String username) {
        return connectTo(Kompass.BASE_URL, path, username);
    }

    /** Connects to another server than the one under test, e.g. one instance of a cluster. */
    public static LiveClient connectTo(String baseUrl, String path, String username) {
        LiveClient client = new LiveClient();
        client.socket = builder(username).buildAsync(wsUri(baseUrl, path), client).join();
        return client;
    }

    /**
     * Opens {@code count} anonymous connections at the same moment over one HTTP client (one selector thread), as
     * a room full of displays reconnecting after a restart would.
     */
    public static List<LiveClient> connectAll(String path, int count) {
        HttpClient http = HttpClient.newHttpClient();
        List<LiveClient> clients = new ArrayList<>();
        List<CompletableFuture<WebSocket>> handshakes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LiveClient client = new LiveClient();
            clients.add(client);
            handshakes.add(http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30))
                    .buildAsync(wsUri(Kompass.BASE_URL, path), client));
        }
        for (int i = 0; i < count; i++) {
            clients.get(i).socket = handshakes.get(i).join();
        }
        return clients;
    }

    /** Why the connection ended, or null while it is open. */
    public String closeReason() {
        return closed.getNow(null);
    }

    /** The handshake's failure, or null when it succeeded (the connection is closed again). */
    public static Throwable handshakeFailure(String path, String username) {
        try {
            WebSocket socket = builder(username).buildAsync(wsUri(Kompass.BASE_URL, path), new LiveClient()).join();
            socket.abort();
            return null;
        } catch (CompletionException e) {
            return e.getCause();
        }
    }

    private static WebSocket.Builder builder(String username) {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        if (username != null) {
            String token = Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
        }
        return builder;
    }

    private static URI wsUri(String baseUrl, String path) {
        return URI.create(baseUrl.replaceFirst("^http", "ws") + path);
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete("closed " + statusCode + " " + reason);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete("failed " + error);
    }

    /** Whether the server closed the connection or it broke (e.g. the server died). */
    public boolean isClosed() {
        return closed.isDone();
    }

    /** The next message if one comes within the wait, else null (no failure: for clients that reconnect). */
    public JsonObject poll(Duration wait) {
        try {
            return received.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String text = partial.toString();
            partial.setLength(0);
            synchronized (raw) {
                raw.add(text);
            }
            received.add(Json.createReader(new StringReader(text)).readObject());
        }
        webSocket.request(1);
        return CompletableFuture.completedFuture(null);
    }

    /** The next message, or fails after the deadline. */
    public JsonObject next(Duration deadline) {
        try {
            JsonObject message = received.poll(deadline.toMillis(), TimeUnit.MILLISECONDS);
            if (message == null) {
                throw new AssertionError("no message within " + deadline);
            }
            return message;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public JsonObject next() {
        return next(Duration.ofSeconds(10));
    }

    /** Skips messages until one matches, or fails after the deadline. */
    public JsonObject until(Predicate<JsonObject> wanted, Duration deadline) {
        Instant end = Instant.now().plus(deadline);
        while (true) {
            Duration left = Duration.between(Instant.now(), end);
            if (left.isNegative()) {
                throw new AssertionError("no matching message within " + deadline);
            }
            JsonObject message = next(left);
            if (wanted.test(message)) {
                return message;
            }
        }
    }

    /** Everything received so far as text, for privacy checks. */
    public List<String> rawMessages() {
        synchronized (raw) {
            return List.copyOf(raw);
        }
    }

    @Override
    public void close() {
        socket.abort();
    }
}
