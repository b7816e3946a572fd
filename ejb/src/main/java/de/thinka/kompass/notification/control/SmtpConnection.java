package de.thinka.kompass.notification.control;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/**
 * One SMTP connection for a whole delivery run, opened with the first mail. Asking the transport whether it
 * is still connected would cost a NOOP round trip per mail; a broken connection shows up as a failed send,
 * which ends the run (the next run opens a new connection).
 */
public final class SmtpConnection implements AutoCloseable {

    private static final NoDelaySockets NO_DELAY = new NoDelaySockets();

    private final Transport transport;
    private boolean open;

    SmtpConnection(Session session) throws MessagingException {
        // unless the operator chose a socket factory: no Nagle delay on the mail connection (see NoDelaySockets)
        session.getProperties().putIfAbsent("mail.smtp.socketFactory", NO_DELAY);
        this.transport = session.getTransport();
    }

    void send(MimeMessage message) throws MessagingException {
        if (!open) {
            transport.connect();
            open = true;
        }
        transport.sendMessage(message, message.getAllRecipients());
    }

    @Override
    public void close() throws MessagingException {
        if (open) {
            transport.close();
        }
    }
}
