package de.thinka.kompass.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.Config;

/**
 * The client's address for per-address limits: the peer address, or behind a reverse proxy the first
 * address in the header named by {@code kompass.http.client-address-header} (e.g. X-Forwarded-For).
 * Never logged or stored in plain form.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request, Config config) {
        String addressHeader = config.getOptionalValue("kompass.http.client-address-header", String.class).orElse("none");
        String forwarded = "none".equals(addressHeader) ? null : request.getHeader(addressHeader);
        if (forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",")[0].strip();
        }
        return request.getRemoteAddr();
    }
}
