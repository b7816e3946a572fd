package de.thinka.kompass.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.Config;

import java.io.IOException;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Security headers on every answer (pages, API, static files, error pages): a Content-Security-Policy
 * without any inline script or style, no MIME sniffing, no referrer (token addresses such as /t/{token} and
 * /b/{token} never leak to other sites), no framing, and HSTS on HTTPS. Decision 0010.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** Host header values we repeat in connect-src; anything else is left out rather than echoed. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]{2,45}\\](:[0-9]{1,5})?");

    @Inject
    Config config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", policy(request.getHeader("Host")));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        if (request.isSecure()) {
            Duration maxAge = config.getOptionalValue("kompass.http.hsts-max-age", Duration.class).orElse(Duration.ofDays(365));
            response.setHeader("Strict-Transport-Security", "max-age=" + maxAge.toSeconds());
        }
        chain.doFilter(request, response);
    }

    /** The policy; connect-src names the own host's WebSocket addresses, as not every browser counts them as 'self'. */
    static String policy(String host) {
        String sockets = host != null && HOST.matcher(host).matches() ? " ws://" + host + " wss://" + host : "";
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'" + sockets
                + "; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";
    }
}
