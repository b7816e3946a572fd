package de.thinka.kompass.audit.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the parameter of an {@link Audited} method that names the object acted on, for methods whose result
 * does not say it: {@code @Audited("admin.staff.deactivate") void deactivate(@AuditObject("staff") String username)}.
 * Only for identifiers, never for content.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface AuditObject {

    /** The kind of object, e.g. {@code staff}, {@code office}, {@code concern}. */
    String value();
}
