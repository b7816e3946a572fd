package de.thinka.kompass.statistics.pages;

import de.thinka.kompass.office.entity.Office;
import de.thinka.kompass.platform.boundary.BusinessException;
import de.thinka.kompass.platform.pages.Language;
import de.thinka.kompass.platform.rest.ProblemTexts;
import de.thinka.kompass.statistics.boundary.Statistics;
import de.thinka.kompass.statistics.boundary.StatisticsReport;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * /intern/statistik.csv?from=…&to=…&period=…&office=…: the same tables as the page in one file with sections,
 * for German Excel (see {@link GermanCsv}). ADMIN only; a refused request gets its sentence as plain text.
 */
@WebServlet("/intern/statistik.csv")
public class StatisticsCsv extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String TEXTS = "de.thinka.kompass.platform.pages.texts";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    Statistics statistics;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = Language.of(request);
        Map<String, String> parameters = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, values.length == 0 ? null : values[0]));
        StatisticsRequest asked = StatisticsRequest.of(parameters, LocalDate.now(clock));
        StatisticsReport report;
        try {
            report = statistics.report(asked.from(), asked.to(), asked.granularity(), asked.office());
        } catch (BusinessException refused) {
            boolean forbidden = refused.reason() == BusinessException.Reason.FORBIDDEN
                    || refused.reason() == BusinessException.Reason.UNAUTHENTICATED;
            response.setStatus(forbidden ? 403 : 400);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(ProblemTexts.business(locale, refused.messageKey(), refused.arguments()));
            return;
        }
        ResourceBundle texts = ResourceBundle.getBundle(TEXTS, locale);
        String csv = GermanCsv.write(List.of(
                List.of(texts.getString("stats.csv.report")),
                List.of(texts.getString("stats.csv.range"), report.from().format(DAY) + " – " + report.to().format(DAY),
                        texts.getString("stats.period." + report.granularity().name())),
                List.of(texts.getString("stats.csv.offices"),
                        report.offices().stream().map(Office::name).collect(Collectors.joining(", ")))),
                new StatisticsTables(report, texts, locale).all());
        String fileName = asked.fileName(texts.getString("stats.csv.file"),
                texts.getString("stats.period." + report.granularity().name()));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "no-store");
        byte[] body = csv.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
