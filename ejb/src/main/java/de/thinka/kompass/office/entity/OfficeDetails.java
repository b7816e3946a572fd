package de.thinka.kompass.office.entity;

/** What ADMIN enters about an office besides its id: name, ticket letter(s), address and contact details. */
public record OfficeDetails(String name, String ticketPrefix, Address address, String phone, String email) {
}
