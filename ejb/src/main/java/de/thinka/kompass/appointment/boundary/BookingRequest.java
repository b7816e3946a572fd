package de.thinka.kompass.appointment.boundary;

import java.time.Instant;

/** What a citizen (or staff on their behalf) asks for: office, concern, start time and how to reach them. */
public record BookingRequest(String office, String concern, Instant start, String name, String email, String phone,
                             String language) {
}
