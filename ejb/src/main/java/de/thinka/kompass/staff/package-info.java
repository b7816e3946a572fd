/**
 * Staff accounts: who may log in (PBKDF2 password hashes in the database), in which roles (ADMIN,
 * RECEPTION, COUNSELLOR) and for which offices. Citizens never have accounts.
 */
package de.thinka.kompass.staff;
