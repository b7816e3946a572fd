package de.thinka.kompass.handover.control;

import de.thinka.kompass.handover.boundary.HandoverFacts;
import de.thinka.kompass.handover.entity.ConsentItem;
import de.thinka.kompass.handover.entity.Handover;
import de.thinka.kompass.handover.entity.HandoverState;
import de.thinka.kompass.notification.boundary.Meeting;
import de.thinka.kompass.notification.boundary.Party;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The invitation of a handover as the partner, the counsellor and (with consent) the client receive it: the
 * calendar event and the mail's words. A pure function of the handover's state at {@code now}.
 * <p>
 * Privacy: an item without consent in force appears nowhere (subject, body, SUMMARY, DESCRIPTION, ATTENDEE).
 * Discreet handovers (the default) have a neutral subject and SUMMARY without concern or agency names.
 * Texts are German: the partners are German agencies.
 */
public final class HandoverInvite {

    public static final String UID_DOMAIN = "kompass.thinka-ilm-kreis.de";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** Who a mail is for; each gets the same calendar object and their own words. */
    public enum Recipient { PARTNER, ORGANIZER, CLIENT }

    private final HandoverFacts facts;
    private final Handover handover;
    private final Instant now;

    public HandoverInvite(HandoverFacts facts, Instant now) {
        this.facts = facts;
        this.handover = facts.handover();
        this.now = now;
    }

    /** Stable for the handover's life and free of personal data. */
    public static String uid(String number, String random) {
        return "uebergabe-" + number + "-" + random + "@" + UID_DOMAIN;
    }

    public boolean cancelled() {
        return handover.state() == HandoverState.WITHDRAWN;
    }

    public String method() {
        return cancelled() ? Meeting.CANCEL : Meeting.REQUEST;
    }

    public boolean allows(ConsentItem item) {
        return handover.consent().allows(item, now);
    }

    /** The client is an attendee only with consent to share the e-mail address, and if one is known. */
    public boolean clientInvited() {
        return allows(ConsentItem.EMAIL) && handover.client().email() != null;
    }

    public Meeting meeting() {
        List<Party> attendees = new ArrayList<>();
        attendees.add(Party.invitee(facts.contact().name(), facts.contact().email()));
        if (clientInvited()) {
            String name = allows(ConsentItem.NAME) ? handover.client().name() : null;
            attendees.add(new Party(name, handover.client().email(), "REQ-PARTICIPANT", "ACCEPTED", false));
        }
        return new Meeting(method(), handover.icalUid(), handover.calendarSequence(), now, handover.start(),
                handover.end(), summary(), description(), handover.location(),
                Party.organizer(facts.counsellorName(), facts.organizerEmail()), attendees,
                cancelled() ? "CANCELLED" : "CONFIRMED");
    }

    /** "Termin – Übergabe H-2026-0042"; not discreet: with the concern (if consented) and the office. */
    public String summary() {
        if (handover.discreet()) {
            return "Termin – Übergabe " + handover.number();
        }
        String concern = allows(ConsentItem.CONCERN) && facts.concern() != null ? " – " + facts.concern().nameDe() : "";
        return "Übergabe " + handover.number() + concern + " – " + facts.office().name();
    }

    public String subject(Recipient recipient) {
        String prefix = cancelled() ? "Abgesagt: " : handover.calendarSequence() > 0 ? "Geändert: " : "";
        String suffix = recipient == Recipient.ORGANIZER ? " (Ihre Kopie)" : "";
        return prefix + summary() + suffix;
    }

    /** DESCRIPTION: the number and each consented item; the same for every recipient. */
    public String description() {
        StringBuilder text = new StringBuilder("Übergabe ").append(handover.number()).append('\n');
        for (String line : sharedItems()) {
            text.append(line).append('\n');
        }
        return text.toString().strip();
    }

    /** The consented items as "Label: value" lines, in a fixed order. */
    public List<String> sharedItems() {
        List<String> lines = new ArrayList<>();
        var client = handover.client();
        add(lines, ConsentItem.NAME, "Name", client.name());
        add(lines, ConsentItem.PHONE, "Telefon", client.phone());
        add(lines, ConsentItem.EMAIL, "E-Mail", client.email());
        add(lines, ConsentItem.CONCERN, "Anliegen", facts.concern() == null ? null : facts.concern().nameDe());
        add(lines, ConsentItem.NOTE, "Hinweis", client.note());
        return lines;
    }

    private void add(List<String> lines, ConsentItem item, String label, String value) {
        if (value != null && !value.isBlank() && allows(item)) {
            lines.add(label + ": " + value.strip());
        }
    }

    /** "Dienstag, 1. Dezember 2026, 09:00–10:00 Uhr". */
    public String when() {
        ZonedDateTime start = handover.start().atZone(BERLIN);
        ZonedDateTime end = handover.end().atZone(BERLIN);
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Locale.GERMAN).format(start) + ", "
                + TIME.format(start) + "–" + TIME.format(end) + " Uhr";
    }

    /**
     * The plain text for a recipient. The partner's carries the answer links (each opens a page with a button;
     * following a link alone changes nothing); {@code answerLink} is null for the other recipients.
     */
    public String plain(Recipient recipient, String answerLink) {
        StringBuilder text = new StringBuilder();
        text.append(greeting(recipient)).append("\n\n").append(intro(recipient)).append("\n\n");
        text.append("Wann: ").append(when()).append('\n');
        text.append("Wo: ").append(handover.location()).append('\n');
        text.append("Übergabe: ").append(handover.number()).append('\n');
        if (recipient != Recipient.CLIENT) {
            for (String line : sharedItems()) {
                text.append(line).append('\n');
            }
        }
        if (recipient == Recipient.PARTNER && !cancelled() && answerLink != null) {
            text.append("\nBitte sagen Sie zu oder ab – über die Schaltflächen Ihres Kalenders oder hier:\n")
                    .append("Zusagen: ").append(answerLink).append("?antwort=zusagen\n")
                    .append("Absagen: ").append(answerLink).append("?antwort=absagen\n");
        }
        text.append("\n").append(signature());
        return text.toString();
    }

    public String html(Recipient recipient, String answerLink) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"UTF-8\"></head><body>");
        html.append(p(greeting(recipient))).append(p(intro(recipient))).append("<table role=\"presentation\">");
        html.append(row("Wann", when())).append(row("Wo", handover.location())).append(row("Übergabe", handover.number()));
        if (recipient != Recipient.CLIENT) {
            for (String line : sharedItems()) {
                int colon = line.indexOf(": ");
                html.append(row(line.substring(0, colon), line.substring(colon + 2)));
            }
        }
        html.append("</table>");
        if (recipient == Recipient.PARTNER && !cancelled() && answerLink != null) {
            html.append(p("Bitte sagen Sie zu oder ab – über die Schaltflächen Ihres Kalenders oder hier:"))
                    .append("<p><a href=\"").append(escape(answerLink)).append("?antwort=zusagen\">Zusagen</a> · ")
                    .append("<a href=\"").append(escape(answerLink)).append("?antwort=absagen\">Absagen</a></p>");
        }
        html.append(p(signature())).append("</body></html>");
        return html.toString();
    }

    private String greeting(Recipient recipient) {
        return switch (recipient) {
            case PARTNER -> "Guten Tag " + facts.contact().name() + ",";
            case ORGANIZER -> "Guten Tag " + facts.counsellorName() + ",";
            case CLIENT -> allows(ConsentItem.NAME) && handover.client().name() != null
                    ? "Guten Tag " + handover.client().name() + "," : "Guten Tag,";
        };
    }

    private String intro(Recipient recipient) {
        if (cancelled()) {
            return recipient == Recipient.ORGANIZER
                    ? "der folgende Übergabetermin ist abgesagt; die Absage ist an " + facts.contact().name() + " gegangen."
                    : "der folgende Termin findet leider nicht statt.";
        }
        boolean update = handover.calendarSequence() > 0;
        return switch (recipient) {
            case PARTNER -> update
                    ? "der Übergabetermin hat sich geändert. Es gilt:"
                    : "wir möchten Ihnen eine Person übergeben, die sich an uns gewandt hat, und bitten um einen Termin:";
            case ORGANIZER -> (update ? "die geänderte Einladung" : "die Einladung") + " ist an "
                    + facts.contact().name() + " gegangen. Diese Kopie ist für Ihren Kalender.";
            case CLIENT -> update ? "Ihr Termin hat sich geändert. Es gilt:" : "hier ist Ihr vereinbarter Termin:";
        };
    }

    private String signature() {
        String phone = facts.office().phone() == null ? "" : "\nTelefon " + facts.office().phone();
        return "Mit freundlichen Grüßen\n" + facts.counsellorName() + "\n" + facts.office().name() + phone;
    }

    private static String p(String text) {
        return "<p>" + escape(text).replace("\n", "<br>") + "</p>";
    }

    private static String row(String label, String value) {
        return "<tr><th scope=\"row\" style=\"text-align:left;padding-right:1em\">" + escape(label) + "</th><td>"
                + escape(value) + "</td></tr>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
