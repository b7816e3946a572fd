package de.thinka.kompass.notification.control;

import java.util.regex.Pattern;

/**
 * Folds iCalendar content lines at 75 octets of UTF-8 (RFC 5545, 3.1). iCal4j's outputter counts characters,
 * so a line with umlauts would come out longer than 75 octets; this never splits a character either.
 */
final class ContentLines {

    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";
    /** A line break followed by one space or tab continues the line before it (RFC 5545, 3.1). */
    private static final Pattern UNFOLD = Pattern.compile("\r?\n[ \t]");

    private ContentLines() {
    }

    /**
     * Content lines (CRLF or LF ends) as lines folded at 75 octets with CRLF ends. Lines folded already are
     * unfolded first: iCal4j's outputter always folds at 75 characters, whatever length it is given, and folding
     * its continuation lines again split one value into three pieces where two were enough.
     */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 50);
        UNFOLD.matcher(text).replaceAll("").lines().forEach(line -> foldLine(line, out));
        return out.toString();
    }

    private static void foldLine(String line, StringBuilder out) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = utf8Octets(codePoint);
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }

    /** How many octets UTF-8 takes for the character (RFC 3629, 3), without encoding it. */
    private static int utf8Octets(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
