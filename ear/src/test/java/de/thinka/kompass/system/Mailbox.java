package de.thinka.kompass.system;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The SMTP server the domain under test mails to (port {@code kompass.it.smtpPort}, set per domain in
 * ear/pom.xml). Started once per test JVM on first use and left running until the JVM ends, so mail sent
 * between two tests is never refused. Tests tell their mails apart by a unique recipient address.
 */
public final class Mailbox {

    public static final int PORT = Integer.getInteger("kompass.it.smtpPort", 28025);
    /** The reply mailbox the domain under test reads over IMAP (user and password "antworten", mail-local.asadmin). */
    public static final int IMAP_PORT = Integer.getInteger("kompass.it.imapPort", 28143);
    public static final String REPLY_ADDRESS = "antworten@kompass.test";
    private static final Duration POLL = Duration.ofMillis(100);

    private Mailbox() {
    }

    /**
     * SMTP and IMAP are two GreenMail servers, so a test can stop and restart SMTP alone (a new instance on the
     * same port); mail received by earlier instances is kept.
     */
    private static final class Server {
        static final List<MimeMessage> EARLIER = new ArrayList<>();
        static GreenMail smtp = startSmtp();
        static final GreenMail IMAP = startImap();

        private static GreenMail startSmtp() {
            GreenMail server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            return server;
        }

        private static GreenMail startImap() {
            GreenMail server = new GreenMail(new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
            server.start();
            server.setUser(REPLY_ADDRESS, "antworten", "antworten");
            return server;
        }
    }

    /** Starts the servers if they are not running yet; call before the application is asked to send mail. */
    public static synchronized void open() {
        if (!Server.smtp.isRunning() || !Server.IMAP.isRunning()) {
            throw new IllegalStateException("mailbox on ports " + PORT + "/" + IMAP_PORT + " did not start");
        }
    }

    /** SMTP goes away (connections are refused) until {@link #startSmtp()}; received mail is kept. */
    public static synchronized void stopSmtp() {
        open();
        Server.EARLIER.addAll(Arrays.asList(Server.smtp.getReceivedMessages()));
        Server.smtp.stop();
    }

    /** SMTP comes back on the same port. */
    public static synchronized void startSmtp() {
        if (!Server.smtp.isRunning()) {
            Server.smtp = Server.startSmtp();
        }
    }

    /** Puts a mail into the reply mailbox, as if a partner's calendar program had answered. */
    public static void deliverReply(MimeMessage message) {
        open();
        Server.IMAP.getUserManager().getUserByEmail(REPLY_ADDRESS).deliver(message);
    }

    /** All mails received so far for the address. */
    public static synchronized List<MimeMessage> messagesTo(String address) {
        open();
        List<MimeMessage> all = new ArrayList<>(Server.EARLIER);
        all.addAll(Arrays.asList(Server.smtp.getReceivedMessages()));
        return all.stream().filter(message -> isFor(message, address)).toList();
    }

    /**
     * Waits until at least {@code count} mails for the address arrived, at most until {@code deadline} has
     * passed; fails with what arrived if they did not.
     */
    public static List<MimeMessage> awaitMessagesTo(String address, int count, Duration deadline) {
        Instant end = Instant.now().plus(deadline);
        List<MimeMessage> received = messagesTo(address);
        while (received.size() < count && Instant.now().isBefore(end)) {
            pause();
            received = messagesTo(address);
        }
        if (received.size() < count) {
            throw new AssertionError("expected " + count + " mail(s) to " + address + " within " + deadline
                    + ", got " + received.size());
        }
        return received;
    }

    /** Waits until at least {@code count} mails for the address match {@code wanted}; returns those. */
    public static List<MimeMessage> awaitMessagesTo(String address, Predicate<MimeMessage> wanted, int count, Duration deadline) {
        Instant end = Instant.now().plus(deadline);
        List<MimeMessage> matching = messagesTo(address).stream().filter(wanted).toList();
        while (matching.size() < count && Instant.now().isBefore(end)) {
            pause();
            matching = messagesTo(address).stream().filter(wanted).toList();
        }
        if (matching.size() < count) {
            throw new AssertionError("expected " + count + " matching mail(s) to " + address + " within " + deadline
                    + ", got " + matching.size() + " of " + messagesTo(address).size());
        }
        return matching;
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException("unreadable mail", e);
        }
    }

    /** The text/plain body, wherever it sits in the MIME tree. */
    public static String plainText(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    String text = plainText(multipart.getBodyPart(i));
                    if (text != null) {
                        return text;
                    }
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("unreadable mail", e);
        }
    }

    /** The text/calendar part of an invitation, wherever it sits in the MIME tree. */
    public static Optional<Part> calendarPart(Part part) {
        try {
            if (part.isMimeType("text/calendar")) {
                return Optional.of(part);
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    if (!Part.ATTACHMENT.equalsIgnoreCase(child.getDisposition())) {
                        Optional<Part> found = calendarPart(child);
                        if (found.isPresent()) {
                            return found;
                        }
                    }
                }
            }
            return Optional.empty();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("unreadable mail", e);
        }
    }

    /** The Content-Type of a part, parsed: {@code getBaseType()}, {@code getParameter("method")}. */
    public static ContentType contentType(Part part) {
        try {
            return new ContentType(part.getContentType());
        } catch (MessagingException e) {
            throw new IllegalStateException("bad content type", e);
        }
    }

    /** The calendar text (VCALENDAR) of an invitation mail. */
    public static String calendarText(MimeMessage message) {
        Part part = calendarPart(message).orElseThrow(() -> new AssertionError("no text/calendar part"));
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException("unreadable calendar part", e);
        }
    }

    /** The Message-ID header. */
    public static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException("unreadable mail", e);
        }
    }

    private static boolean isFor(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getRecipients(Message.RecipientType.TO);
            return recipients != null && Arrays.stream(recipients)
                    .anyMatch(to -> to instanceof InternetAddress internet && internet.getAddress().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException("unreadable mail", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for mail", e);
        }
    }
}
