package de.thinka.kompass.audit.control;

import de.thinka.kompass.audit.boundary.AuditObject;
import de.thinka.kompass.audit.boundary.AuditSubject;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditedCallTest {

    enum Action { CALL, NO_SHOW }

    @SuppressWarnings("unused")
    static void deactivate(String reason, @AuditObject("staff") String username) {
    }

    @SuppressWarnings("unused")
    static void plain(String password) {
    }

    @Test
    void aWildcardIsCompletedByTheFirstEnumArgument() {
        assertEquals("ticket.no-show", AuditedCall.action("ticket.*", new Object[]{42L, Action.NO_SHOW, "raum-1"}));
        assertEquals("ticket.call", AuditedCall.action("ticket.call", new Object[]{Action.NO_SHOW}));
        assertEquals("ticket.unknown", AuditedCall.action("ticket.*", new Object[]{42L}));
    }

    @Test
    void theResultNamesTheObjectFirst() throws Exception {
        Method method = AuditedCallTest.class.getDeclaredMethod("deactivate", String.class, String.class);
        AuditSubject ticket = AuditSubject.of("ticket", "7", "arnstadt");
        assertEquals(Optional.of(ticket), AuditedCall.subject(method, new Object[]{"r", "anna"}, ticket));
        assertEquals(Optional.of(ticket), AuditedCall.subject(method, new Object[]{"r", "anna"}, Optional.of(ticket)));
    }

    @Test
    void elseTheMarkedParameterAndNeverAnUnmarkedOne() throws Exception {
        Method deactivate = AuditedCallTest.class.getDeclaredMethod("deactivate", String.class, String.class);
        assertEquals(Optional.of(AuditSubject.of("staff", "anna", null)),
                AuditedCall.subject(deactivate, new Object[]{"sick", "anna"}, null));
        Method plain = AuditedCallTest.class.getDeclaredMethod("plain", String.class);
        assertEquals(Optional.empty(), AuditedCall.subject(plain, new Object[]{"secret"}, "done"));
    }

    @Test
    void longIdsAreCutAndEmptyOptionalsMeanNothingHappened() throws Exception {
        Method deactivate = AuditedCallTest.class.getDeclaredMethod("deactivate", String.class, String.class);
        assertEquals(AuditedCall.ID_MAX, AuditedCall.subject(deactivate, new Object[]{"", "x".repeat(99)}, null)
                .orElseThrow().auditId().length());
        assertTrue(AuditedCall.nothingHappened(Optional.empty()));
        assertFalse(AuditedCall.nothingHappened(Optional.of(1)));
        assertFalse(AuditedCall.nothingHappened(null));
    }
}
