package de.thinka.kompass.notification.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentLinesTest {

    @Test
    void shortLinesStayAsTheyAreWithCrlf() {
        assertEquals("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", ContentLines.fold("BEGIN:VCALENDAR\nEND:VCALENDAR\n"));
    }

    @Test
    void lineOfExactlySeventyFiveOctetsIsNotFolded() {
        String line = "X".repeat(75);
        assertEquals(line + "\r\n", ContentLines.fold(line));
    }

    @Test
    void umlautsCountTwiceAndAreNeverSplit() {
        String line = "DESCRIPTION:" + "ä".repeat(100);

        String folded = ContentLines.fold(line);

        folded.lines().forEach(part -> assertTrue(part.getBytes(StandardCharsets.UTF_8).length <= 75, part));
        assertEquals(line, folded.replace("\r\n ", "").strip());
        assertEquals(75 - 1, folded.lines().findFirst().orElseThrow().getBytes(StandardCharsets.UTF_8).length,
                "an umlaut that would end at octet 76 moves to the next line");
    }

    @Test
    void emojiIsKeptWhole() {
        String line = "SUMMARY:" + "😀".repeat(30);

        String folded = ContentLines.fold(line);

        assertEquals(line, folded.replace("\r\n ", "").strip());
        folded.lines().forEach(part -> assertTrue(part.getBytes(StandardCharsets.UTF_8).length <= 75, part));
    }

    @Test
    void aLineFoldedByCharactersIsFoldedOnceByOctets() {
        // iCal4j folds at 75 characters; with an umlaut the first piece is 76 octets
        String line = "ATTENDEE;CN=\"Jürgen Test\";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:juergen@example.org";
        String byCharacters = line.substring(0, 75) + "\r\n " + line.substring(75) + "\r\n";

        String folded = ContentLines.fold(byCharacters);

        assertEquals(2, folded.lines().count(), folded);
        assertEquals(line, folded.replace("\r\n ", "").strip());
    }
}
