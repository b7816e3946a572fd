package de.thinka.kompass.appointment.control;

import de.thinka.kompass.appointment.boundary.BookingFacts;
import de.thinka.kompass.appointment.entity.Appointment;

import java.text.MessageFormat;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words of an appointment mail in the booking's language (German, English, Ukrainian, Arabic), plain and HTML. */
final class AppointmentText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final BookingFacts facts;
    private final AppointmentMails.Kind kind;
    private final String link;
    private final Locale locale;
    private final ResourceBundle texts;

    AppointmentText(BookingFacts facts, AppointmentMails.Kind kind, String link) {
        this.facts = facts;
        this.kind = kind;
        this.link = link;
        this.locale = Locale.forLanguageTag(facts.appointment().language());
        this.texts = ResourceBundle.getBundle("de.thinka.kompass.appointment.control.mails", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String subject() {
        return format("mail." + key() + ".subject", facts.office().name(), when());
    }

    String summary() {
        return format("calendar.summary", facts.office().name());
    }

    String calendarDescription() {
        return format("calendar.description", facts.appointment().reference(), link);
    }

    String plain() {
        Appointment appointment = facts.appointment();
        return format("mail.greeting", appointment.contact().name()) + "\n\n"
                + format("mail." + key() + ".intro") + "\n\n"
                + format("mail.when") + " " + when() + "\n"
                + format("mail.where") + " " + facts.office().name() + ", " + facts.office().address() + "\n"
                + format("mail.reference") + " " + appointment.reference() + "\n\n"
                + (kind == AppointmentMails.Kind.CANCELLED ? "" : format("mail.manage") + "\n" + link + "\n\n"
                + format("mail.bring") + "\n\n")
                + format("mail.signature", facts.office().name(), facts.office().phone() == null ? "" : facts.office().phone());
    }

    String html() {
        Appointment appointment = facts.appointment();
        return "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\" dir=\"" + (rightToLeft() ? "rtl" : "ltr")
                + "\"><head><meta charset=\"UTF-8\"></head><body>"
                + p(format("mail.greeting", appointment.contact().name()))
                + p(format("mail." + key() + ".intro"))
                + "<table role=\"presentation\">"
                + row(format("mail.when"), when())
                + row(format("mail.where"), facts.office().name() + ", " + facts.office().address())
                + row(format("mail.reference"), appointment.reference())
                + "</table>"
                + (kind == AppointmentMails.Kind.CANCELLED ? ""
                : "<p><a href=\"" + escape(link) + "\">" + escape(format("mail.manage")) + "</a></p>" + p(format("mail.bring")))
                + p(format("mail.signature", facts.office().name(), facts.office().phone() == null ? "" : facts.office().phone()))
                + "</body></html>";
    }

    /** "Dienstag, 1. Dezember 2026, 09:00–09:45 Uhr" / "Tuesday, December 1, 2026, 09:00–09:45". */
    String when() {
        ZonedDateTime start = facts.appointment().start().atZone(BookingSettings.ZONE);
        ZonedDateTime end = facts.appointment().end().atZone(BookingSettings.ZONE);
        return format("mail.time", DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(start),
                TIME.format(start), TIME.format(end));
    }

    private String key() {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }

    private static String p(String text) {
        return "<p>" + escape(text).replace("\n", "<br>") + "</p>";
    }

    /** Mail programs know few logical CSS properties, so the label's side is written out. */
    private String row(String label, String value) {
        String style = rightToLeft() ? "text-align:right;padding-left:1em" : "text-align:left;padding-right:1em";
        return "<tr><th scope=\"row\" style=\"" + style + "\">" + escape(label) + "</th><td>"
                + escape(value) + "</td></tr>";
    }

    private boolean rightToLeft() {
        return "ar".equals(locale.getLanguage());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
