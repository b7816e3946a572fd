package de.thinka.kompass.platform.security;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * What the browser tells about where a request comes from: {@code Sec-Fetch-Site} and {@code Origin}.
 * Both may be missing (older browsers, plain HTTP to a host name, {@code Referrer-Policy: no-referrer} makes
 * form posts send {@code Origin: null}); what is there must not name another site.
 *
 * @param host      the request's Host header (host and port as the browser addressed us)
 * @param trusted   further origins that are us, e.g. {@code https://kompass.example.org} behind a proxy that
 *                  rewrites the Host header ({@code kompass.http.trusted-origins})
 */
public record SameOrigin(String origin, String fetchSite, String host, Set<String> trusted) {

    /** The browser says the request was started by another site (or by another origin of this site). */
    public boolean foreign() {
        if (fetchSite != null && !fetchSite.isBlank()) {
            String site = fetchSite.strip().toLowerCase(Locale.ROOT);
            if (!site.equals("same-origin") && !site.equals("none")) {
                return true;
            }
        }
        return origin != null && !origin.isBlank() && !origin.equals("null") && !ours(origin.strip());
    }

    /** The browser positively says the request came from one of our pages. */
    public boolean proven() {
        if (foreign()) {
            return false;
        }
        return "same-origin".equalsIgnoreCase(fetchSite) || (origin != null && !origin.equals("null") && ours(origin.strip()));
    }

    private boolean ours(String value) {
        if (trusted.contains(value)) {
            return true;
        }
        try {
            URI uri = URI.create(value);
            if (uri.getHost() == null || host == null) {
                return false;
            }
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            String addressed = host.strip().toLowerCase(Locale.ROOT);
            return authority.toLowerCase(Locale.ROOT).equals(addressed)
                    || (uri.getPort() < 0 && addressed.equals(uri.getHost().toLowerCase(Locale.ROOT) + ":" + defaultPort(uri)));
        } catch (IllegalArgumentException notAnOrigin) {
            return false;
        }
    }

    private static int defaultPort(URI uri) {
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
