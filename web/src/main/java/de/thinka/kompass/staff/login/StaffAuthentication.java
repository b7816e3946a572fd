package de.thinka.kompass.staff.login;

import de.thinka.kompass.audit.boundary.AuditTrail;
import de.thinka.kompass.platform.rest.Problem;
import de.thinka.kompass.platform.rest.ProblemTexts;
import de.thinka.kompass.platform.security.ClientAddress;
import de.thinka.kompass.staff.boundary.LoginThrottle;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.Config;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * One mechanism for both kinds of staff client, over the same accounts:
 * <ul>
 *   <li>browsers log in on the German login page ({@link LoginPage} calls {@code SecurityContext.authenticate});
 *       protected pages without a login are redirected there;</li>
 *   <li>API clients send HTTP Basic; wrong credentials get a 401 problem.</li>
 * </ul>
 * {@link AutoApplySession} keeps a successful login in the HTTP session, so the PBKDF2 check (about 60 ms)
 * runs once per session, not on every request. Roles and offices are checked by the ejb boundaries
 * (docs/decisions/0005); staff calls without a login are answered 401 there.
 */
@AutoApplySession
@ApplicationScoped
public class StaffAuthentication implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login";
    private static final Logger LOG = Logger.getLogger(StaffAuthentication.class.getName());
    /** Request attribute: the login was refused unchecked for this many minutes (throttling); the login page says so. */
    static final String BLOCKED_MINUTES = "kompass.loginBlockedMinutes";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    AuditTrail audit;

    @Inject
    LoginThrottle throttle;

    @Inject
    Config config;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        var formCredential = context.getAuthParameters().getCredential();
        if (formCredential instanceof UsernamePasswordCredential form) {
            return validate(form, request, context);
        }
        UsernamePasswordCredential basic = basicCredential(request);
        if (basic != null) {
            AuthenticationStatus status = validate(basic, request, context);
            if (status == AuthenticationStatus.SUCCESS) {
                return status;
            }
            return request.getAttribute(BLOCKED_MINUTES) != null ? throttledBasic(request, response) : badBasicCredentials(request, response);
        }
        if (context.isProtected() && !isApi(request)) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                    + URLEncoder.encode(requestedPath(request), StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    /** API calls are answered by the REST layer (401 problem), never redirected to the login page. */
    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /**
     * Checks the password, unless the account or the client address is throttled (decision 0010): then the
     * login is refused without the PBKDF2 check and {@link #BLOCKED_MINUTES} tells the caller for how long.
     */
    private AuthenticationStatus validate(UsernamePasswordCredential credential, HttpServletRequest request,
                                          HttpMessageContext context) {
        String account = credential.getCaller();
        String address = ClientAddress.of(request, config);
        Optional<Duration> blocked = throttle.blockedFor(account, address);
        if (blocked.isPresent()) {
            request.setAttribute(BLOCKED_MINUTES, Math.max(1, (blocked.get().toSeconds() + 59) / 60));
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStores.validate(credential);
        audit.login(account, result.getStatus() == CredentialValidationResult.Status.VALID);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.succeeded(account);
            return context.notifyContainerAboutLogin(result);
        }
        countFailure(account, address);
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * Two failures at once for a new account or address may race to insert the same row: count again once.
     * A throttle that cannot count must not turn a wrong password into a server error.
     */
    private void countFailure(String account, String address) {
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                throttle.failed(account, address);
                return;
            } catch (EJBException notCounted) {
                if (attempt == 2) {
                    LOG.warning(() -> "A failed login could not be counted: " + notCounted.getClass().getSimpleName());
                }
            }
        }
    }

    private AuthenticationStatus throttledBasic(HttpServletRequest request, HttpServletResponse response) {
        Locale locale = ProblemTexts.preferredLocale(request);
        long minutes = (Long) request.getAttribute(BLOCKED_MINUTES);
        try {
            response.setHeader("Retry-After", Long.toString(minutes * 60));
            Problem.of("login-throttled", ProblemTexts.http(locale, "login-throttled.title"), 429,
                    ProblemTexts.http(locale, "login-throttled", minutes), request.getRequestURI()).write(response);
        } catch (IOException clientGone) {
            // nothing left to tell
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static UsernamePasswordCredential basicCredential(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static AuthenticationStatus badBasicCredentials(HttpServletRequest request, HttpServletResponse response) {
        boolean english = request.getLocale() != null && Locale.ENGLISH.getLanguage().equals(request.getLocale().getLanguage());
        Problem problem = Problem.of("bad-credentials",
                english ? "Login failed" : "Anmeldung fehlgeschlagen", 401,
                english ? "User name or password is wrong, or the account is deactivated."
                        : "Benutzername oder Passwort stimmt nicht, oder das Konto ist deaktiviert.",
                request.getRequestURI());
        try {
            response.setHeader("WWW-Authenticate", "Basic realm=\"KOMPASS\", charset=\"UTF-8\"");
            problem.write(response);
        } catch (IOException clientGone) {
            // nothing left to tell
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static String requestedPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
