package de.thinka.kompass.platform.boundary;

/** A request the doors could not read: a date that is no date, a time without zone, an unknown weekday. */
public class InvalidInput extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidInput(String key, Object... arguments) {
        super(Reason.INVALID, key, arguments);
    }
}
