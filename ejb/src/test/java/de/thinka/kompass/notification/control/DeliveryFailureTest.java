package de.thinka.kompass.notification.control;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeliveryFailureTest {

    @Test
    void keepsClassesAndReplyCodeButNeverTheAddressTheServerQuoted() {
        MessagingException refused = new MessagingException("550 5.1.1 <juergen.mueller@example.org>: unknown");
        SendFailedException failed = new SendFailedException("Invalid Addresses", refused);

        String note = DeliveryFailure.describe(failed);

        assertEquals("SendFailedException/MessagingException smtp=550", note);
        assertFalse(note.contains("example.org"));
    }

    @Test
    void connectionProblemHasNoReplyCode() {
        MessagingException failed = new MessagingException("Could not connect to SMTP host: 127.0.0.1, port: 3025",
                new ConnectException("Connection refused"));

        assertEquals("MessagingException/ConnectException", DeliveryFailure.describe(failed));
        assertFalse(DeliveryFailure.concernsThisMailOnly(failed));
    }

    @Test
    void refusedAddressConcernsOnlyThisMail() {
        assertTrue(DeliveryFailure.concernsThisMailOnly(new SendFailedException("Invalid Addresses")));
        assertTrue(DeliveryFailure.concernsThisMailOnly(new AddressException("Illegal address")));
        assertTrue(DeliveryFailure.concernsThisMailOnly(new IllegalStateException("bug")));
    }
}
