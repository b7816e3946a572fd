package de.thinka.kompass.notification.control;

import de.thinka.kompass.notification.entity.OutboxMail;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/**
 * Builds the MIME message of an outbox mail. With an invitation it has the structure calendar services send
 * and mail programs show as one: multipart/mixed, holding multipart/alternative (text, HTML, text/calendar
 * with the same METHOD as inside) and the same calendar again as the attachment {@code invite.ics}.
 */
public final class MimeComposer {

    public static final String ATTACHMENT_NAME = "invite.ics";
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private MimeComposer() {
    }

    public static MimeMessage compose(Session session, OutboxMail mail, InternetAddress from, Instant now)
            throws MessagingException {
        MimeMessage message = new StableIdMessage(session, messageId(mail, from));
        message.setFrom(from);
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.recipient(), true));
        message.setSubject(mail.subject(), UTF_8);
        message.setSentDate(Date.from(now));
        message.setHeader("Content-Language", mail.language());
        Multipart alternatives = alternatives(mail);
        if (mail.calendarText().isPresent()) {
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(wrap(alternatives));
            mixed.addBodyPart(attachment(mail.calendarText().get()));
            message.setContent(mixed);
        } else if (alternatives.getCount() > 1) {
            message.setContent(alternatives);
        } else {
            message.setText(mail.textBody(), UTF_8);
        }
        message.saveChanges();
        return message;
    }

    /**
     * The same Message-ID on every attempt of one outbox mail, so a receiving server or mail program can tell
     * a repeated delivery (after a crash between "250 OK" and the sent mark) from a new mail.
     */
    public static String messageId(OutboxMail mail, InternetAddress from) {
        String address = from.getAddress();
        String domain = address.contains("@") ? address.substring(address.indexOf('@') + 1) : "kompass.invalid";
        return "<kompass." + mail.id() + "." + mail.createdAt().toEpochMilli() + "@" + domain + ">";
    }

    /** Jakarta Mail makes up a new Message-ID on every {@code saveChanges()}; this one keeps the given one. */
    private static final class StableIdMessage extends MimeMessage {
        private final String id;

        StableIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }

    /** {@code text/calendar; method=REQUEST; charset=UTF-8}: calendar programs act on the method. */
    public static String calendarContentType(String method) {
        return "text/calendar; method=" + method + "; charset=UTF-8";
    }

    private static Multipart alternatives(OutboxMail mail) throws MessagingException {
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.textBody(), UTF_8);
        alternative.addBodyPart(text);
        if (mail.htmlBody().isPresent()) {
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.htmlBody().get(), UTF_8, "html");
            alternative.addBodyPart(html);
        }
        if (mail.calendarText().isPresent()) {
            alternative.addBodyPart(bytes(mail.calendarText().get(),
                    calendarContentType(mail.calendarMethod().orElseThrow())));
        }
        return alternative;
    }

    private static MimeBodyPart wrap(Multipart multipart) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setContent(multipart);
        return part;
    }

    private static MimeBodyPart attachment(String calendarText) throws MessagingException {
        MimeBodyPart part = bytes(calendarText, "application/ics; name=" + ATTACHMENT_NAME);
        part.setDisposition(Part.ATTACHMENT);
        part.setFileName(ATTACHMENT_NAME);
        return part;
    }

    /** As bytes, so no content handler for text/calendar is needed and the CRLF line ends stay untouched. */
    private static MimeBodyPart bytes(String text, String contentType) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(text.getBytes(StandardCharsets.UTF_8), contentType)));
        part.setHeader("Content-Type", contentType);
        return part;
    }
}
