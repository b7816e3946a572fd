/**
 * The two KOMPASS offices (Arnstadt, Ilmenau) with address, opening hours and the rooms/desks visitors
 * are called to, and the concern categories ("Problemlagen") visitors come with.
 */
package de.thinka.kompass.office;
