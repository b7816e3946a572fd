package de.thinka.kompass.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.eclipse.microprofile.config.Config;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * The token every state-changing form carries in its hidden field {@value #FIELD}, on every page as
 * {@code <input type="hidden" name="csrf" value="#{csrf.token}"/>}; {@link FormGuard} checks it.
 * <ul>
 *   <li>For logged-in staff the token is bound to the session id (which changes at login), so a token read
 *       by anyone else is worthless and no token survives a logout.</li>
 *   <li>Citizens' forms (booking, manage page, partner answer) get a token bound to "public": they have no
 *       session and must not get one just to book (anonymity); the token proves the form was served by us
 *       recently and, with the browser's Origin/Sec-Fetch-Site, that it was sent from our page.</li>
 * </ul>
 * The key comes from {@code kompass.csrf.key} (Base64, at least 32 bytes; the same on every instance of a
 * cluster) or, without it, is drawn at start-up (forms then do not survive a restart). Decision 0010.
 */
@Named("csrf")
@ApplicationScoped
public class FormTokens {

    public static final String FIELD = "csrf";
    private static final Logger LOG = Logger.getLogger(FormTokens.class.getName());

    @Inject
    Config config;

    @Inject
    Clock clock;

    @Inject
    HttpServletRequest currentRequest;

    private FormTokenSigner signer;
    private Duration lifetime;

    @PostConstruct
    void init() {
        byte[] key = config.getOptionalValue("kompass.csrf.key", String.class).map(Base64.getDecoder()::decode).orElse(null);
        if (key == null) {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
            LOG.info("kompass.csrf.key is not set: form tokens use a key drawn at start-up (set it when running more than one instance)");
        }
        signer = new FormTokenSigner(key);
        lifetime = config.getOptionalValue("kompass.csrf.lifetime", Duration.class).orElse(Duration.ofHours(12));
    }

    /** A fresh token for a form on the page being rendered. */
    public String getToken() {
        return signer.issue(binding(currentRequest), clock.instant().plus(lifetime));
    }

    /** Whether the request carries a valid token for whoever sends it. */
    public boolean accepts(HttpServletRequest request) {
        return signer.valid(request.getParameter(FIELD), binding(request), clock.instant());
    }

    private static String binding(HttpServletRequest request) {
        if (request.getUserPrincipal() == null) {
            return "public";
        }
        HttpSession session = request.getSession(false);
        return "staff:" + (session == null ? "" : session.getId());
    }
}
