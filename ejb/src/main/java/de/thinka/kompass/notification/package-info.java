/**
 * Mail to citizens and partners that is never lost: business code puts an {@link
 * de.thinka.kompass.notification.boundary.OutgoingMail} into the {@link
 * de.thinka.kompass.notification.boundary.Outbox} inside its own transaction; after the commit the {@link
 * de.thinka.kompass.notification.control.MailSender} delivers it over SMTP and retries failures with backoff.
 * A mail may carry a {@link de.thinka.kompass.notification.boundary.Meeting}, which goes out as an iCalendar
 * invitation (or cancellation) that calendar programs understand. Logs name mail ids and counts, never
 * addresses, subjects or contents (see docs/decisions/0008).
 */
package de.thinka.kompass.notification;
