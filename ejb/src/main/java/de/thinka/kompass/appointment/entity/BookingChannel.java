package de.thinka.kompass.appointment.entity;

/** How the appointment was made: by the citizen online, or by staff on the phone or at the desk. */
public enum BookingChannel { ONLINE, PHONE, DESK }
