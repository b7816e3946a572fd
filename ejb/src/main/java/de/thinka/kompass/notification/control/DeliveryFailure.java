package de.thinka.kompass.notification.control;

import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What went wrong with an attempt, said without personal data: the exception classes and the SMTP reply
 * code. Server replies often quote the recipient's address, so their text is never kept.
 */
public final class DeliveryFailure {

    private static final Pattern REPLY_CODE = Pattern.compile("^\\s*([2-5]\\d\\d)\\b");
    private static final int DEPTH = 4;

    private DeliveryFailure() {
    }

    /** For example {@code SendFailedException/SMTPAddressFailedException smtp=550}. */
    public static String describe(Throwable failure) {
        List<String> classes = new ArrayList<>();
        String code = null;
        for (Throwable t = failure; t != null && classes.size() < DEPTH; t = t.getCause()) {
            classes.add(t.getClass().getSimpleName());
            if (code == null && t.getMessage() != null) {
                Matcher matcher = REPLY_CODE.matcher(t.getMessage());
                code = matcher.find() ? matcher.group(1) : null;
            }
        }
        return String.join("/", classes) + (code == null ? "" : " smtp=" + code);
    }

    /**
     * Whether the fault lies with this mail (an address refused) rather than with the way to the server;
     * after a server fault the run stops and the remaining mails wait for the next run.
     */
    public static boolean concernsThisMailOnly(Throwable failure) {
        return failure instanceof SendFailedException || failure instanceof AddressException
                || failure instanceof RuntimeException;
    }
}
