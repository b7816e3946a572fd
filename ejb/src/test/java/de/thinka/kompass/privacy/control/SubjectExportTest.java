package de.thinka.kompass.privacy.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SubjectExportTest {

    @Test
    void secretLinksLoseTheirTokens() {
        String token = "AbCdEfGhIjKlMnOpQrStUvWxYz012-_9";
        assertEquals("Ihr Termin: https://k.de/b/… und /t/…?x und /u/…",
                SubjectExport.withoutSecretLinks("Ihr Termin: https://k.de/b/" + token + " und /t/" + token + "?x und /u/" + token));
        assertEquals("/b/kurz bleibt", SubjectExport.withoutSecretLinks("/b/kurz bleibt"));
    }
}
