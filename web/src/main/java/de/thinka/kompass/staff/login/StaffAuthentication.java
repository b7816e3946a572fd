package de.thinka.kompass.staff.login;

import de.thinka.kompass.audit.boundary.AuditTrail;
import de.thinka.kompass.platform.rest.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

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

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    AuditTrail audit;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential formCredential = context.getAuthParameters().getCredential();
        if (formCredential != null) {
            return validate(formCredential, context);
        }
        UsernamePasswordCredential basic = basicCredential(request);
        if (basic != null) {
            AuthenticationStatus status = validate(basic, context);
            return status == AuthenticationStatus.SUCCESS ? status : badBasicCredentials(request, response);
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

    private AuthenticationStatus validate(Credential credential, HttpMessageContext context) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (credential instanceof UsernamePasswordCredential typed) {
            audit.login(typed.getCaller(), result.getStatus() == CredentialValidationResult.Status.VALID);
        }
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
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
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Basic realm=\"KOMPASS\", charset=\"UTF-8\"");
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(problem.toJson());
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
