package fi.vertaistyo.scheduling.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an iCalendar (RFC 5545) feed: CRLF line ends, lines folded at 75 octets, text escaped,
 * times in UTC so no VTIMEZONE is needed. Calendar apps show them in the reader's own zone.
 */
public final class ICalendar {

    public static final String MEDIA_TYPE = "text/calendar";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    public enum Status {
        CONFIRMED, TENTATIVE, CANCELLED
    }

    /** One event; {@code sequence} grows with every change so clients replace their copy. */
    public record Event(String uid, Instant start, Instant end, String summary, String location, Status status,
            int sequence) {
    }

    private ICalendar() {
    }

    public static String write(String name, List<Event> events, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Vertaistyo//scheduling-service//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(name));
        for (Event e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + e.uid() + "@vertaistyo.fi");
            line(out, "DTSTAMP:" + UTC.format(stamp));
            line(out, "DTSTART:" + UTC.format(e.start()));
            line(out, "DTEND:" + UTC.format(e.end()));
            line(out, "SEQUENCE:" + e.sequence());
            line(out, "SUMMARY:" + text(e.summary()));
            if (e.location() != null) {
                line(out, "LOCATION:" + text(e.location()));
            }
            line(out, "STATUS:" + e.status().name());
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Folds at 75 octets without splitting a UTF-8 character; continuation lines start with a space. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
