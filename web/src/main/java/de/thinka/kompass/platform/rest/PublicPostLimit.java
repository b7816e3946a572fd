package de.thinka.kompass.platform.rest;

import de.thinka.kompass.platform.pages.PlainPage;
import de.thinka.kompass.platform.security.ClientAddress;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.Config;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A per-address limit on the public POSTs (booking, moving, cancelling): at most
 * {@code kompass.booking.rate-limit} within {@code kompass.booking.rate-window} (default 10 per 10 minutes),
 * then 429 with Retry-After. Behind a reverse proxy, name the header that carries the client's address in
 * {@code kompass.http.client-address-header} (e.g. X-Forwarded-For); otherwise the peer address counts.
 * Addresses are kept in memory only, never logged or stored.
 */
@WebFilter({"/api/bookings", "/api/bookings/*", "/termin/*", "/b/*"})
public class PublicPostLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final int MAX_TRACKED = 50_000;
    private static final String COUNTED = PublicPostLimit.class.getName();

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    /** Read per request, so an operator can change the limits at run time (asadmin create-system-properties). */
    @Inject
    Config config;

    @Inject
    Clock clock;

    private record Window(Instant start, int count) {
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // counted once per request, even where the container runs the filter once per matching pattern
        if (!"POST".equals(request.getMethod()) || request.getAttribute(COUNTED) != null) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(COUNTED, Boolean.TRUE);
        Instant now = clock.instant();
        int limit = config.getOptionalValue("kompass.booking.rate-limit", Integer.class).orElse(10);
        Duration window = config.getOptionalValue("kompass.booking.rate-window", Duration.class).orElse(Duration.ofMinutes(10));
        Window current = windows.compute(ClientAddress.of(request, config), (address, seen) ->
                seen == null || now.isAfter(seen.start().plus(window)) ? new Window(now, 1) : new Window(seen.start(), seen.count() + 1));
        if (windows.size() > MAX_TRACKED) {
            windows.values().removeIf(seen -> now.isAfter(seen.start().plus(window)));
        }
        if (current.count() <= limit) {
            chain.doFilter(request, response);
            return;
        }
        long retryAfter = Math.max(1, Duration.between(now, current.start().plus(window)).toSeconds());
        refuse(request, response, retryAfter);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, long retryAfter) throws IOException {
        var locale = ProblemTexts.preferredLocale(request);
        response.setHeader("Retry-After", Long.toString(retryAfter));
        long minutes = Math.max(1, (retryAfter + 59) / 60);
        String detail = ProblemTexts.http(locale, "rate-limited", minutes);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            Problem.of("rate-limited", ProblemTexts.http(locale, "rate-limited.title"), 429, detail, request.getRequestURI())
                    .write(response);
        } else {
            PlainPage.write(request, response, 429, locale, ProblemTexts.http(locale, "rate-limited.title"), detail);
        }
    }
}
