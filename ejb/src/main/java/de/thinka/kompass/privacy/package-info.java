/**
 * Privacy: personal fields (names, pseudonyms, e-mail, phone, notes, consent records) are erased after the
 * retention period by a daily job, or at once on a data subject's request; the rows and their anonymous facts
 * stay for the statistics. Delivered mails leave the outbox after a short time. Data subjects' requests (find,
 * export, erase) are ADMIN's work. All periods are read in {@link de.thinka.kompass.privacy.control.PrivacySettings}
 * (docs/decisions/0012).
 */
package de.thinka.kompass.privacy;
