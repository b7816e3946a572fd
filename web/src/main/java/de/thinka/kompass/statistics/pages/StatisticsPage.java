package de.thinka.kompass.statistics.pages;

import de.thinka.kompass.platform.pages.RefusalPages;
import de.thinka.kompass.office.entity.Office;
import de.thinka.kompass.platform.boundary.BusinessException;
import de.thinka.kompass.platform.pages.Language;
import de.thinka.kompass.statistics.boundary.Statistics;
import de.thinka.kompass.statistics.boundary.StatisticsReport;
import de.thinka.kompass.statistics.control.Granularity;
import de.thinka.kompass.statistics.pages.FigureTable.Cell;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.io.IOException;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.ResourceBundle;

/**
 * /intern/statistik for ADMIN: choose range, period and office; two charts (contacts over time, by concern)
 * drawn by statistics.js from a JSON data block, and every figure as a table. Others get 403.
 */
@Named
@RequestScoped
public class StatisticsPage {

    @Inject
    Statistics statistics;

    @Inject
    FacesContext faces;

    @Inject
    Language language;

    @Inject
    Clock clock;

    private StatisticsRequest request;
    private StatisticsReport report;
    private StatisticsTables tables;
    private String problem;

    public void load() throws IOException {
        ExternalContext external = faces.getExternalContext();
        request = StatisticsRequest.of(external.getRequestParameterMap(), LocalDate.now(clock));
        try {
            report = statistics.report(request.from(), request.to(), request.granularity(), request.office());
            tables = new StatisticsTables(report, texts(), language.getLocale());
        } catch (BusinessException refused) {
            problem = RefusalPages.sentenceOr403(faces, language.getLocale(), refused);
        }
    }

    public StatisticsRequest getRequest() {
        return request;
    }

    public StatisticsReport getReport() {
        return report;
    }

    public String getProblem() {
        return problem;
    }

    public List<FigureTable> getTables() {
        return tables == null ? List.of() : tables.all();
    }

    public List<Granularity> getGranularities() {
        return List.of(Granularity.values());
    }

    public List<Office> getOffices() {
        return report == null ? List.of() : report.offices();
    }

    public String day(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.getLocale()).format(day);
    }

    /** A cell as text in the reader's language ("–" where there is no value). */
    public String show(Cell cell) {
        if (!cell.numeric()) {
            return cell.kind() == Cell.Kind.DAY ? day(LocalDate.parse(cell.text())) : cell.text();
        }
        if (cell.number() == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(language.getLocale());
        format.setMaximumFractionDigits(cell.kind() == Cell.Kind.COUNT ? 0 : 1);
        format.setMinimumFractionDigits(cell.kind() == Cell.Kind.COUNT ? 0 : 1);
        return format.format(cell.number());
    }

    /** Data for the charts, as JSON for a data block (no inline script): periods with contacts per office, concerns. */
    public String getChartData() {
        if (report == null) {
            return "{}";
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        report.periods().forEach(period -> labels.add(tables.period(period.start())));
        JsonArrayBuilder series = Json.createArrayBuilder();
        for (Office office : report.offices()) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            report.periods().forEach(period -> values.add(period.contactsByOffice().getOrDefault(office.id(), 0L)));
            series.add(Json.createObjectBuilder().add("name", office.name()).add("values", values));
        }
        JsonArrayBuilder concerns = Json.createArrayBuilder();
        report.concerns().forEach(figures -> concerns.add(Json.createObjectBuilder()
                .add("name", figures.concern().name(language.getLocale())).add("value", figures.contacts())));
        return Json.createObjectBuilder().add("periods", labels).add("series", series).add("concerns", concerns)
                .add("contactsLabel", texts().getString("stats.col.contacts")).build().toString()
                .replace("</", "<\\/");
    }

    private ResourceBundle texts() {
        return faces.getApplication().getResourceBundle(faces, "msg");
    }
}
