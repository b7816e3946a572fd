package de.thinka.kompass.staff.boundary;

import de.thinka.kompass.platform.boundary.BusinessException;

/** A password change that cannot be done: the current password is wrong or the new one is too weak. */
public class PasswordRefused extends BusinessException {

    private static final long serialVersionUID = 1L;

    private PasswordRefused(String key, Object... arguments) {
        super(Reason.INVALID, key, arguments);
    }

    public static PasswordRefused wrongCurrentPassword() {
        return new PasswordRefused("password-wrong");
    }

    public static PasswordRefused tooShort(int minimum) {
        return new PasswordRefused("password-too-short", minimum);
    }

    public static PasswordRefused unchanged() {
        return new PasswordRefused("password-unchanged");
    }
}
