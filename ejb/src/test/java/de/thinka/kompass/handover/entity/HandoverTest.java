package de.thinka.kompass.handover.entity;

import de.thinka.kompass.handover.entity.Handover.Answer;
import de.thinka.kompass.handover.entity.Handover.AnswerChannel;
import de.thinka.kompass.platform.boundary.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HandoverTest {

    static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    static final Instant START = Instant.parse("2026-03-10T09:00:00Z");

    static Handover handover(Set<ConsentItem> consent) {
        Partner partner = new Partner("p", "Partner", PartnerType.OTHER,
                new de.thinka.kompass.office.entity.Address("Weg 1", "99310", "Arnstadt"), null, Set.of("arnstadt"));
        return new Handover("H-2026-0001", "uid", "token", "arnstadt", "beratung-arnstadt",
                partner.addContact("Kontakt", "k@p.example", null), null, START, START.plusSeconds(3600), "Ort",
                new ClientDetails("Name", null, null, null),
                new Consent(consent, NOW, "beratung-arnstadt", LocalDate.parse("2026-03-31")), true, NOW);
    }

    @Test
    void aDraftIsInvitedThenAnswered() {
        Handover handover = handover(Set.of());
        assertEquals(HandoverState.DRAFT, handover.state());
        assertFalse(handover.answer(Answer.ACCEPTED, 0, AnswerChannel.IMAP, NOW), "nothing sent, nothing to answer");
        handover.invite();
        assertEquals(HandoverState.INVITED, handover.state());
        assertTrue(handover.answer(Answer.ACCEPTED, 0, AnswerChannel.IMAP, NOW));
        assertEquals(HandoverState.ACCEPTED, handover.state());
        assertEquals(AnswerChannel.IMAP, handover.answeredVia().orElseThrow());
    }

    @Test
    void anAnswerToAnOlderVersionIsIgnored() {
        Handover handover = handover(Set.of());
        handover.invite();
        handover.reschedule(START.plusSeconds(86400), START.plusSeconds(90000), null);
        assertEquals(1, handover.calendarSequence());
        assertFalse(handover.answer(Answer.ACCEPTED, 0, AnswerChannel.IMAP, NOW));
        assertEquals(HandoverState.INVITED, handover.state());
        assertTrue(handover.answer(Answer.DECLINED, 1, AnswerChannel.IMAP, NOW));
        assertEquals(HandoverState.DECLINED, handover.state());
    }

    @Test
    void rescheduleOfADraftSendsNothingAndKeepsTheSequence() {
        Handover handover = handover(Set.of());
        handover.reschedule(START.plusSeconds(3600), START.plusSeconds(7200), "Anderer Ort");
        assertEquals(0, handover.calendarSequence());
        assertEquals(HandoverState.DRAFT, handover.state());
        assertEquals("Anderer Ort", handover.location());
        assertFalse(handover.withdraw(), "a draft needs no CANCEL");
    }

    @Test
    void withdrawnIsClosed() {
        Handover handover = handover(Set.of());
        handover.invite();
        assertTrue(handover.withdraw());
        assertEquals(1, handover.calendarSequence());
        assertThrows(BusinessException.class, () -> handover.reschedule(START, START.plusSeconds(60), null));
        assertThrows(BusinessException.class, handover::withdraw);
        assertFalse(handover.answer(Answer.ACCEPTED, 1, AnswerChannel.LINK, NOW));
    }

    @Test
    void revokingConsentWithdrawsAndStopsSharing() {
        Handover handover = handover(EnumSet.of(ConsentItem.NAME));
        handover.invite();
        assertTrue(handover.consent().allows(ConsentItem.NAME, NOW));
        assertTrue(handover.revokeConsent(NOW));
        assertEquals(HandoverState.WITHDRAWN, handover.state());
        assertFalse(handover.consent().allows(ConsentItem.NAME, NOW));
        assertFalse(handover.revokeConsent(NOW), "a second revocation sends nothing");
    }

    @Test
    void consentHoldsUntilTheEndOfItsLastDayInBerlin() {
        Consent consent = handover(EnumSet.of(ConsentItem.PHONE)).consent();
        assertTrue(consent.allows(ConsentItem.PHONE, Instant.parse("2026-03-31T21:59:00Z")));
        assertFalse(consent.allows(ConsentItem.PHONE, Instant.parse("2026-03-31T22:01:00Z")));
        assertFalse(consent.allows(ConsentItem.NAME, NOW));
    }

    @Test
    void outcomeOnlyAfterTheStart() {
        Handover handover = handover(Set.of());
        handover.invite();
        handover.answer(Answer.ACCEPTED, 0, AnswerChannel.LINK, NOW);
        assertThrows(BusinessException.class, () -> handover.recordOutcome(true, NOW));
        handover.recordOutcome(true, START.plusSeconds(60));
        assertEquals(HandoverState.ATTENDED, handover.state());
    }

    @Test
    void aCounterProposalWaitsForTheCounsellor() {
        Handover handover = handover(Set.of());
        handover.invite();
        assertTrue(handover.proposeTime(START.plusSeconds(86400), START.plusSeconds(90000), 0, AnswerChannel.IMAP, NOW));
        assertEquals(HandoverState.PROPOSED_NEW_TIME, handover.state());
        assertEquals(START.plusSeconds(86400), handover.proposedStart().orElseThrow());
    }

    @Test
    void numbersCountPerYear() {
        HandoverCounter counter = new HandoverCounter(2026);
        assertEquals("H-2026-0001", counter.next());
        assertEquals("H-2026-0002", counter.next());
    }
}
