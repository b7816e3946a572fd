package de.thinka.kompass.staff.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The staff login form: hands the credentials to Jakarta Security, then goes where the person wanted to go. */
@Named
@RequestScoped
public class LoginPage {

    static final String STAFF_HOME = "/intern/start";

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    private String username;
    private String password;
    private String next;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.trim();
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username == null ? "" : username, password == null ? "" : password))
                        .newAuthentication(true));
        password = null;
        switch (status) {
            case SUCCESS -> {
                request.changeSessionId();
                external.redirect(request.getContextPath() + safeTarget(next));
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
                Object blockedMinutes = request.getAttribute(StaffAuthentication.BLOCKED_MINUTES);
                String sentence = blockedMinutes == null ? texts.getString("login.failed")
                        : MessageFormat.format(texts.getString("login.throttled"), blockedMinutes);
                if (blockedMinutes != null) {
                    response.setStatus(429);
                }
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, sentence, null));
            }
        }
    }

    /** Only paths inside this application, so the login cannot be abused to send people elsewhere. */
    static String safeTarget(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.startsWith(StaffAuthentication.LOGIN_PAGE) || next.contains("\r") || next.contains("\n")) {
            return STAFF_HOME;
        }
        return next;
    }
}
