package de.thinka.kompass.platform.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource class anyone may call without a login (slots, bookings with their token, a ticket's status).
 * Every other resource is staff-only by default: {@link StaffOnlyByDefault} answers 401 before the request body
 * is even read. Roles and offices are still checked by the ejb boundaries (decision 0005).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PublicApi {
}
