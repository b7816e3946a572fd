package de.thinka.kompass.audit.boundary;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts an entry into the audit trail each time the annotated boundary method returns normally, in the same
 * transaction: {@code @Audited("ticket.call")}. The object acted on is taken from the result when it is an
 * {@link AuditSubject} (or an {@code Optional} of one; an empty {@code Optional} means nothing happened and
 * nothing is recorded), else from a parameter annotated {@link AuditObject}. The actor is the logged-in staff
 * member, or {@link #anonymous()} for public calls.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {

    /** Citizens act without an account (booking, cancelling by link). */
    String CITIZEN = "citizen";
    /** A partner agency answers by link or calendar reply. */
    String PARTNER = "partner";
    /** Timed jobs. */
    String SYSTEM = "system";
    /** A failed login with a user name that no account has (it might be a mistyped password). */
    String UNKNOWN = "unknown";

    /**
     * The action, e.g. {@code ticket.call}. Ending in {@code .*}, the first enum argument completes it:
     * {@code "ticket.*"} with {@code TicketAction.NO_SHOW} records {@code ticket.no-show}.
     */
    @Nonbinding
    String value() default "";

    /** Who is recorded when nobody is logged in. */
    @Nonbinding
    String anonymous() default CITIZEN;
}
