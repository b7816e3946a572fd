/**
 * Settings staff change on the settings page without a restart: retention periods, recall count, reminder lead
 * time, booking limits, discretion default. A value stored in the database wins over the MicroProfile Config
 * value of the same name, which wins over the built-in default (docs/decisions/0011).
 */
package de.thinka.kompass.settings;
