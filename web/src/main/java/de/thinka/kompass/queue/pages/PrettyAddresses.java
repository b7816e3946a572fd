package de.thinka.kompass.queue.pages;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Short addresses people can type and print: /empfang/arnstadt, /beratung/arnstadt, /anzeige/arnstadt and
 * /t/{token} (a ticket), /b/{token} (a booking) and /u/{token} (a partner's answer to a handover) are served by the Faces pages behind them. Staff addresses are protected in web.xml.
 */
@WebFilter({"/empfang/*", "/beratung/*", "/anzeige/*", "/termine/*", "/t/*", "/b/*", "/u/*"})
public class PrettyAddresses extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> PAGES = Map.of(
            "empfang", "/intern/empfang.xhtml?office=",
            "beratung", "/intern/beratung.xhtml?office=",
            "anzeige", "/anzeige.xhtml?office=",
            "termine", "/intern/termine.xhtml?office=",
            "t", "/ticket.xhtml?token=",
            "b", "/booking.xhtml?token=",
            "u", "/antwort.xhtml?token=");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String[] parts = path.split("/");
        if (parts.length != 3 || parts[2].isBlank()) {
            response.sendError(404);
            return;
        }
        String target = PAGES.get(parts[1]) + URLEncoder.encode(parts[2], StandardCharsets.UTF_8);
        String query = request.getQueryString();
        request.getRequestDispatcher(query == null ? target : target + "&" + query).forward(request, response);
    }
}
