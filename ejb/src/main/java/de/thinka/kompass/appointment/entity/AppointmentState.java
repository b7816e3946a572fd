package de.thinka.kompass.appointment.entity;

/** Booked → checked in (became a ticket) | cancelled | no-show. */
public enum AppointmentState { BOOKED, CANCELLED, CHECKED_IN, NO_SHOW }
