package de.thinka.kompass.platform.security;

import de.thinka.kompass.platform.pages.Language;
import de.thinka.kompass.platform.pages.PlainPage;
import de.thinka.kompass.platform.rest.Problem;
import de.thinka.kompass.platform.rest.ProblemTexts;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.Config;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cross-site request forgery protection, in one place for every door (decision 0010):
 * <ul>
 *   <li>every state-changing request to a page or form handler must carry a valid {@link FormTokens} token
 *       and must not come from another site; otherwise a friendly 403 page, and nothing is changed;</li>
 *   <li>state-changing API calls authenticated by the session cookie (the board and desk scripts) must prove
 *       they come from our own pages ({@code Sec-Fetch-Site: same-origin}, our {@code Origin}, or the
 *       {@code X-Requested-With} header our scripts send, which no other site can send without CORS, which
 *       we never allow); otherwise 403 problem+json. HTTP Basic clients (which send neither Origin nor
 *       Sec-Fetch-Site) pass unchanged, unless a browser says the call comes from another site (a browser may
 *       remember a Basic login); anonymous API calls carry no ambient authority and pass;</li>
 *   <li>WebSocket handshakes from another site's page are refused (the staff stream carries names).</li>
 * </ul>
 */
@WebFilter("/*")
public class FormGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Inject
    FormTokens tokens;

    @Inject
    Config config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        SameOrigin origin = sameOrigin(request);
        if (path.startsWith("/ws/")) {
            if (origin.foreign()) {
                response.sendError(403);
                return;
            }
        } else if (!SAFE.contains(request.getMethod())) {
            if (path.startsWith("/api/")) {
                boolean fromOurPage = origin.proven() || !origin.foreign() && request.getHeader("X-Requested-With") != null;
                if (request.getUserPrincipal() != null && (origin.foreign() || sessionAuthenticated(request) && !fromOurPage)) {
                    refuseApi(request, response);
                    return;
                }
            } else {
                if (request.getCharacterEncoding() == null) {
                    request.setCharacterEncoding("UTF-8");
                }
                if (origin.foreign() || !tokens.accepts(request)) {
                    Locale locale = Language.of(request);
                    PlainPage.write(request, response, 403, locale, ProblemTexts.http(locale, "form-refused.title"),
                            ProblemTexts.http(locale, "form-refused"));
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private SameOrigin sameOrigin(HttpServletRequest request) {
        Set<String> trusted = config.getOptionalValue("kompass.http.trusted-origins", String.class)
                .map(list -> Arrays.stream(list.split(",")).map(String::strip).filter(item -> !item.isEmpty())
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
        return new SameOrigin(request.getHeader("Origin"), request.getHeader("Sec-Fetch-Site"), request.getHeader("Host"), trusted);
    }

    /** Logged in through the session cookie, not through credentials sent with this very request. */
    private static boolean sessionAuthenticated(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return request.getUserPrincipal() != null && (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6));
    }

    private static void refuseApi(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = ProblemTexts.preferredLocale(request);
        Problem.of("cross-site", ProblemTexts.http(locale, "cross-site.title"), 403, ProblemTexts.http(locale, "cross-site"),
                request.getRequestURI()).write(response);
    }
}
