package de.thinka.kompass.handover.pages;

import de.thinka.kompass.handover.boundary.CalendarFeeds;
import de.thinka.kompass.platform.boundary.BusinessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** A counsellor's subscribable calendar at /ical/{token}.ics; the secret token is the only key. */
@WebServlet("/ical/*")
public class CalendarFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CalendarFeeds feeds;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || !path.endsWith(".ics") || path.indexOf('/', 1) >= 0) {
            response.sendError(404);
            return;
        }
        String token = path.substring(1, path.length() - ".ics".length());
        String calendar;
        try {
            calendar = feeds.feed(token);
        } catch (BusinessException unknown) {
            response.sendError(404);
            return;
        }
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Cache-Control", "private, max-age=300");
        response.getOutputStream().write(calendar.getBytes(StandardCharsets.UTF_8));
    }
}
