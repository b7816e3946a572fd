package de.thinka.kompass.system;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The running KOMPASS server under test (started by the build, see ear/pom.xml): its address and a small
 * HTTP client with JSON helpers.
 */
public final class Kompass {

    public static final String BASE_URL = System.getProperty("kompass.it.baseUrl", "http://localhost:28080");
    public static final String DEMO_PASSWORD = "demo";
    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("\\sname=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("\\svalue=\"([^\"]*)\"");

    private final HttpClient http;
    private final String authorization;
    /** The server this client talks to: the one under test, or one instance of a cluster (see {@link #at}). */
    private final String baseUrl;
    private final boolean keepCookies;
    private String formToken;
    /**
     * Each client comes from an address of its own (the test domains trust X-Forwarded-For), as people at different
     * desks and phones do: one test's wrong passwords must not throttle the logins of all the others.
     */
    private final String address = "10.99." + java.util.concurrent.ThreadLocalRandom.current().nextInt(256) + "."
            + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 255);

    private Kompass(String authorization, boolean keepCookies) {
        this(authorization, keepCookies, BASE_URL);
    }

    private Kompass(String authorization, boolean keepCookies, String baseUrl) {
        // HTTP/1.1 as browsers speak it without TLS (the JDK's default would try an h2c upgrade on every request)
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER);
        if (keepCookies) {
            builder.cookieHandler(new CookieManager());
        }
        this.http = builder.build();
        this.authorization = authorization;
        this.baseUrl = baseUrl;
        this.keepCookies = keepCookies;
    }

    private Kompass(HttpClient http, String authorization, String baseUrl, boolean keepCookies) {
        this.http = http;
        this.authorization = authorization;
        this.baseUrl = baseUrl;
        this.keepCookies = keepCookies;
    }

    /**
     * The same user at another server, e.g. one instance of a cluster, with cookies of its own: a session lives on
     * the instance that made it.
     */
    public Kompass at(String otherBaseUrl) {
        return new Kompass(authorization, keepCookies, otherBaseUrl);
    }

    /**
     * The same client (same cookies, so the same session once a request logged in) without the Basic header:
     * like a browser that logged in once and now rides on its session.
     */
    public Kompass sessionOnly() {
        return new Kompass(http, null, baseUrl, keepCookies);
    }

    public static Kompass anonymous() {
        return new Kompass(null, false);
    }

    /** A client that keeps cookies but sends no credentials, as a browser does after logging in on the login page. */
    public static Kompass withCookies() {
        return new Kompass(null, true);
    }

    /** The hidden fields of a page's forms (name to value), e.g. the form token {@code csrf} every POST form carries. */
    public static Map<String, String> hiddenFields(HttpResponse<String> page) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = HIDDEN.matcher(page.body());
        while (input.find()) {
            Matcher name = NAME.matcher(input.group());
            Matcher value = VALUE.matcher(input.group());
            if (name.find()) {
                fields.putIfAbsent(name.group(1), value.find() ? value.group(1).replace("&amp;", "&") : "");
            }
        }
        return fields;
    }

    /** The form token of a page; fails when the page has none. */
    public static String formToken(HttpResponse<String> page) {
        String token = hiddenFields(page).get("csrf");
        if (token == null) {
            throw new AssertionError("no form token on the page: " + page.body());
        }
        return token;
    }

    /** An application/x-www-form-urlencoded body of name, value pairs. */
    public static String form(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return body.toString();
    }

    /** A staff API client with HTTP Basic; keeps the session cookie like a well-behaved client. */
    public static Kompass as(String username) {
        return as(username, DEMO_PASSWORD);
    }

    public static Kompass as(String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Kompass("Basic " + token, true);
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    /** A request without body, e.g. DELETE. */
    public HttpResponse<String> send(String method, String path, String... headers) {
        return send(request(path, headers).method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    /** POSTs the body as application/json unless the headers name another Content-Type. */
    public HttpResponse<String> post(String path, String body, String... headers) {
        HttpRequest.Builder builder = request(path, headers);
        boolean typed = false;
        for (int i = 0; i < headers.length; i += 2) {
            typed |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (!typed) {
            builder.header("Content-Type", "application/json");
        }
        return send(builder.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    /** POSTs an HTML form (application/x-www-form-urlencoded) with name/value pairs; a name may repeat. */
    /**
     * POSTs a form as a browser would: with the form token of a page this client may open (the staff start page
     * for staff, the booking page otherwise), unless the fields name their own {@code csrf}.
     */
    public HttpResponse<String> form(String path, String... namesAndValues) {
        StringBuilder body = new StringBuilder();
        boolean ownToken = false;
        for (int i = 0; i < namesAndValues.length; i += 2) {
            ownToken |= namesAndValues[i].equals("csrf");
        }
        if (!ownToken) {
            if (formToken == null) {
                HttpResponse<String> page = get(authorization == null ? "/termin" : "/intern/start");
                String next = page.headers().firstValue("Location").orElse(null);
                if (page.statusCode() / 100 == 3 && next != null) {
                    // e.g. a new account is sent to the password page first
                    page = get(URI.create(next).getRawPath() + (URI.create(next).getRawQuery() == null ? "" : "?" + URI.create(next).getRawQuery()));
                }
                formToken = formToken(page);
            }
            body.append("csrf=").append(URLEncoder.encode(formToken, StandardCharsets.UTF_8));
        }
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return post(path, body.toString(), "Content-Type", "application/x-www-form-urlencoded");
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        boolean ownAddress = false;
        for (int i = 0; i < headers.length; i += 2) {
            ownAddress |= headers[i].equalsIgnoreCase("X-Forwarded-For");
        }
        if (!ownAddress) {
            builder.header("X-Forwarded-For", address);
        }
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("KOMPASS does not answer at " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonStructure json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.read();
        }
    }

    public static JsonObject object(HttpResponse<String> response) {
        return json(response).asJsonObject();
    }

    public static JsonArray array(HttpResponse<String> response) {
        return (JsonArray) json(response);
    }

    public static String string(JsonValue value, String name) {
        return value.asJsonObject().getString(name);
    }

    /** Polls until the application reports ready, or fails after the deadline. */
    public static void awaitReady(Duration deadline) {
        awaitReady(BASE_URL, deadline);
    }

    /** Polls until the application at the address reports ready (500 and 503 while starting mean: not yet). */
    public static void awaitReady(String baseUrl, Duration deadline) {
        Kompass client = anonymous().at(baseUrl);
        Instant end = Instant.now().plus(deadline);
        String last = "no answer";
        while (Instant.now().isBefore(end)) {
            try {
                HttpResponse<String> ready = client.get("/health/ready");
                if (ready.statusCode() == 200) {
                    return;
                }
                last = ready.statusCode() + " " + ready.body();
            } catch (IllegalStateException notYet) {
                last = notYet.getMessage();
            }
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
        throw new AssertionError("KOMPASS at " + baseUrl + " not ready within " + deadline + ": " + last);
    }
}
