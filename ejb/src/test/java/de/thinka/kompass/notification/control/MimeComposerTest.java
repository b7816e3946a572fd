package de.thinka.kompass.notification.control;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import de.thinka.kompass.notification.boundary.Meeting;
import de.thinka.kompass.notification.entity.OutboxMail;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;

import static de.thinka.kompass.notification.control.MeetingExamples.cancellation;
import static de.thinka.kompass.notification.control.MeetingExamples.invitation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mails composed here go through a real SMTP conversation with GreenMail and are read back from it. */
class MimeComposerTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    private static final Instant NOW = Instant.parse("2026-01-05T08:00:00Z");
    private static final String RECIPIENT = "juergen.mueller@example.org";
    private static final String SUBJECT = "Ihr Termin bei KOMPASS: Beratung zur Wohnungssuche – Größe egal";
    private static final String TEXT = "Guten Tag Herr Müller,\nwir freuen uns auf Sie in der Ritterstraße 14.";
    private static final String HTML = "<p>Guten Tag Herr Müller,</p><p>wir freuen uns auf Sie.</p>";

    @Test
    void invitationArrivesAsAlternativeWithCalendarPartAndAttachment() throws Exception {
        Meeting meeting = invitation("2026-01-12T10:00", 45);
        MimeMessage received = sendAndReceive(mail(HTML, meeting));

        assertTrue(received.isMimeType("multipart/mixed"), received.getContentType());
        Multipart mixed = (Multipart) received.getContent();
        assertEquals(2, mixed.getCount());

        Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
        assertTrue(mixed.getBodyPart(0).isMimeType("multipart/alternative"));
        assertEquals(3, alternative.getCount());
        assertText(alternative.getBodyPart(0), "text/plain", TEXT);
        assertText(alternative.getBodyPart(1), "text/html", HTML);

        BodyPart calendar = alternative.getBodyPart(2);
        ContentType type = new ContentType(calendar.getContentType());
        assertEquals("text/calendar", type.getBaseType());
        assertEquals("REQUEST", type.getParameter("method"));
        assertEquals("UTF-8", type.getParameter("charset"));
        String ics = read(calendar);
        assertEquals(Invitations.render(meeting), ics, "CRLF line ends and umlauts survive");
        assertTrue(ics.contains("METHOD:REQUEST"));

        BodyPart attachment = mixed.getBodyPart(1);
        assertEquals(Part.ATTACHMENT, attachment.getDisposition());
        assertEquals(MimeComposer.ATTACHMENT_NAME, attachment.getFileName());
        assertEquals(ics, read(attachment));
    }

    @Test
    void theMessageIdStaysTheSameOnEveryAttempt() throws Exception {
        OutboxMail mail = mail(HTML, invitation("2026-01-12T10:00", 45));
        String first = MimeComposer.compose(session(SMTP.getSmtp().getPort()), mail, from(), NOW).getMessageID();
        String second = MimeComposer.compose(session(SMTP.getSmtp().getPort()), mail, from(), NOW.plusSeconds(60)).getMessageID();
        assertEquals(first, second);
        assertEquals(MimeComposer.messageId(mail, from()), first);
        assertTrue(first.startsWith("<kompass.") && first.endsWith("@localhost>"), first);
    }

    @Test
    void subjectSenderAndRecipientRoundTrip() throws Exception {
        MimeMessage received = sendAndReceive(mail(HTML, invitation("2026-03-30T10:00", 30)));

        assertEquals(SUBJECT, received.getSubject());
        assertTrue(received.getHeader("Subject")[0].startsWith("=?UTF-8?"), "subject is encoded");
        assertEquals(RECIPIENT, ((InternetAddress) received.getAllRecipients()[0]).getAddress());
        assertEquals("kompass@localhost", ((InternetAddress) received.getFrom()[0]).getAddress());
        assertEquals("KOMPASS Arnstadt", ((InternetAddress) received.getFrom()[0]).getPersonal());
        assertEquals("de", received.getHeader("Content-Language")[0]);
    }

    @Test
    void cancellationSaysCancelInTheContentType() throws Exception {
        MimeMessage received = sendAndReceive(mail(null, cancellation("2026-01-12T10:00", 1)));

        Multipart mixed = (Multipart) received.getContent();
        Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
        assertEquals(2, alternative.getCount(), "text and calendar, no HTML");
        BodyPart calendar = alternative.getBodyPart(1);
        assertEquals("CANCEL", new ContentType(calendar.getContentType()).getParameter("method"));
        assertTrue(read(calendar).contains("STATUS:CANCELLED"));
    }

    @Test
    void textAndHtmlWithoutCalendarIsAlternativeOnly() throws Exception {
        MimeMessage received = sendAndReceive(mail(HTML, null));

        assertTrue(received.isMimeType("multipart/alternative"), received.getContentType());
        Multipart alternative = (Multipart) received.getContent();
        assertEquals(2, alternative.getCount());
        assertText(alternative.getBodyPart(1), "text/html", HTML);
    }

    @Test
    void textOnlyIsASinglePart() throws Exception {
        MimeMessage received = sendAndReceive(mail(null, null));

        assertText(received, "text/plain", TEXT);
    }

    @Test
    void unreachableServerIsAServerFailureWithoutPersonalData() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        MimeMessage message = MimeComposer.compose(session(closedPort), mail(null, null), from(), NOW);

        MessagingException failure = assertThrows(MessagingException.class, () -> Transport.send(message));

        assertFalse(DeliveryFailure.concernsThisMailOnly(failure));
        assertFalse(DeliveryFailure.describe(failure).contains("example.org"));
    }

    // --- helpers ------------------------------------------------------------------------------------------

    private static OutboxMail mail(String html, Meeting meeting) {
        return OutboxMail.pending("appointment-42-invitation-0", RECIPIENT, SUBJECT, TEXT, html,
                meeting == null ? null : meeting.method(), meeting == null ? null : Invitations.render(meeting),
                "de", NOW);
    }

    private static MimeMessage sendAndReceive(OutboxMail mail) throws Exception {
        Transport.send(MimeComposer.compose(session(SMTP.getSmtp().getPort()), mail, from(), NOW));
        assertTrue(SMTP.waitForIncomingEmail(5_000, 1), "GreenMail received the mail");
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(1, received.length);
        return received[0];
    }

    private static Session session(int port) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "5000");
        return Session.getInstance(properties);
    }

    private static InternetAddress from() throws Exception {
        return new InternetAddress("KOMPASS Arnstadt <kompass@localhost>", true);
    }

    private static void assertText(Part part, String type, String expected) throws Exception {
        assertTrue(part.isMimeType(type), part.getContentType());
        assertEquals("UTF-8", new ContentType(part.getContentType()).getParameter("charset").toUpperCase());
        // SMTP carries lines with CRLF ends
        assertEquals(expected, ((String) part.getContent()).replace("\r\n", "\n"));
    }

    private static String read(Part part) throws IOException, MessagingException {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
