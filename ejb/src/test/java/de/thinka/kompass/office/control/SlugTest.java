package de.thinka.kompass.office.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SlugTest {

    @Test
    void germanNamesBecomeReadableIds() {
        assertEquals("ueberforderung-mit-aemtern", Slug.of("Überforderung mit Ämtern", 40));
        assertEquals("ver-ueberschuldung", Slug.of("Ver-/Überschuldung", 40));
        assertEquals("strasse-3", Slug.of("  Straße 3!", 40));
        assertEquals("cafe", Slug.of("Café", 40));
    }

    @Test
    void cutAtAWordEdgeAndNeverEmpty() {
        assertEquals("raum", Slug.of("Raum mit Blick", 5));
        assertEquals("x", Slug.of("—", 10));
    }
}
