package de.thinka.kompass.queue.live;

import de.thinka.kompass.office.boundary.OfficeDirectory;
import de.thinka.kompass.platform.boundary.BusinessException;
import de.thinka.kompass.queue.boundary.PublicQueue;
import de.thinka.kompass.staff.boundary.CurrentStaff;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a WebSocket handshake before the upgrade: unknown offices and tickets get 404, the staff stream
 * without a login 401 and for another office 403, so no refused client ever holds a connection.
 */
@WebFilter("/ws/*")
public class LiveGate extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern OFFICE = Pattern.compile("^/ws/offices/([^/]+)/(display|queue)$");
    private static final Pattern TICKET = Pattern.compile("^/ws/tickets/([^/]+)$");
    /** Enough for an event in one piece; a snapshot may take a few. */
    static final int LIVE_BUFFER_BYTES = 2048;

    @Inject
    OfficeDirectory offices;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    PublicQueue publicQueue;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher office = OFFICE.matcher(path);
        Matcher ticket = TICKET.matcher(path);
        try {
            if (office.matches() && office.group(2).equals("queue")) {
                if (request.getUserPrincipal() == null) {
                    response.sendError(401);
                    return;
                }
                currentStaff.requireOffice(office.group(1));
            } else if (office.matches()) {
                offices.office(office.group(1));
            } else if (!ticket.matches() || publicQueue.officeOfTicket(ticket.group(1)).isEmpty()) {
                response.sendError(404);
                return;
            }
        } catch (BusinessException refused) {
            response.sendError(switch (refused.reason()) {
                case UNAUTHENTICATED -> 401;
                case FORBIDDEN -> 403;
                default -> 404;
            });
            return;
        } catch (EJBException notAllowed) {
            response.sendError(403);
            return;
        }
        // the connection keeps the response's output buffer: each message sent allocates one of that size
        response.setBufferSize(LIVE_BUFFER_BYTES);
        chain.doFilter(request, response);
    }
}
