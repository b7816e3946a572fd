package de.thinka.kompass.platform.boundary;

import jakarta.ejb.ApplicationException;

import java.util.Arrays;
import java.util.List;

/**
 * A business rule said no. Rolls the transaction back; the web module turns it into an RFC 9457 problem
 * whose sentence comes from the {@code problems} bundle under {@link #messageKey()}.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of "no" this is; the web module maps it to an HTTP status. */
    public enum Reason { INVALID, UNAUTHENTICATED, NOT_FOUND, FORBIDDEN, CONFLICT }

    private final Reason reason;
    private final String messageKey;
    private final transient List<Object> arguments;

    protected BusinessException(Reason reason, String messageKey, Object... arguments) {
        super(messageKey, null, false, false);
        this.reason = reason;
        this.messageKey = messageKey;
        this.arguments = Arrays.stream(arguments).map(argument -> argument == null ? "" : argument).toList();
    }

    public Reason reason() {
        return reason;
    }

    /** Key in {@code de/thinka/kompass/platform/boundary/problems.properties}; also the problem's type slug. */
    public String messageKey() {
        return messageKey;
    }

    /** Values for the placeholders of the message; never personal data. */
    public List<Object> arguments() {
        return arguments;
    }
}
