package de.thinka.kompass.staff.entity;

/** What a staff member does; the names are the Jakarta Security roles (and the database groups). */
public enum Role {
    /** Runs the application: offices, accounts, settings, statistics. */
    ADMIN,
    /** Welcomes visitors, issues tickets, books appointments. */
    RECEPTION,
    /** Talks with visitors, calls them, hands them over to partners. */
    COUNSELLOR;

    /** The role names as constants for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String RECEPTION = "RECEPTION";
        public static final String COUNSELLOR = "COUNSELLOR";

        private Names() {
        }
    }
}
