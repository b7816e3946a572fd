package de.thinka.kompass.queue.live;

/** Who is listening: a public display, staff of the office, or one visitor's own ticket page. */
enum Audience {
    DISPLAY, STAFF, TICKET
}
