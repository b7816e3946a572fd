package de.thinka.kompass.appointment.entity;

import de.thinka.kompass.platform.boundary.BusinessException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ContactTest {

    private static String refusal(String name, String email, String phone) {
        return assertThrows(BusinessException.class, () -> new Contact(name, email, phone)).messageKey();
    }

    @Test
    void anyNameWithoutAnythingElseIsEnough() {
        Contact contact = new Contact("  Sonnenblume ", " ", null);
        assertEquals("Sonnenblume", contact.name());
        assertNull(contact.email());
        assertNull(contact.phone());
    }

    @Test
    void emailIsKeptInLowerCase() {
        assertEquals("jürgen.müller@example.org", new Contact("J", "Jürgen.Müller@Example.org", null).email());
    }

    @Test
    void refusesWhatCannotBeRight() {
        assertEquals("name-missing", refusal(" ", null, null));
        assertEquals("name-too-long", refusal("x".repeat(81), null, null));
        assertEquals("name-too-long", refusal("a\u0007b", null, null));
        assertEquals("name-markup", refusal("<script>alert(1)</script>", null, null));
        assertEquals("name-markup", refusal("Anna <b>", null, null));
        assertEquals("email-invalid", refusal("A", "not-an-address", null));
        assertEquals("email-invalid", refusal("A", "<script>@x.de", null));
        assertEquals("phone-invalid", refusal("A", null, "call me"));
        assertEquals("phone-invalid", refusal("A", null, "+49"));
        assertEquals("03628 5889-40", new Contact("A", null, "03628 5889-40").phone());
    }
}
