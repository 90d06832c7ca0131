package org.claimgraph.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the clock times transcripts use: {@code H:MM:SS}, {@code HH:MM:SS,mmm}, {@code H:MM:SS.mmm}, {@code MM:SS.mmm}. */
final class Timecodes {
    /** Hours of any length (optional), minutes and seconds of two digits (minutes may have one without hours), a fraction after "." or ",". */
    private static final Pattern CLOCK = Pattern.compile("(?:(\\d+):)?(\\d{1,2}):(\\d{2})(?:[.,](\\d{1,9}))?");

    private Timecodes() {}

    /** Seconds, or null when {@code s} is not a clock time (minutes or seconds of 60 or more included). */
    static Double parse(String s) {
        Matcher m = CLOCK.matcher(s.strip());
        if (!m.matches()) return null;
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        int minutes = Integer.parseInt(m.group(2));
        int seconds = Integer.parseInt(m.group(3));
        if (minutes >= 60 || seconds >= 60 || hours > 100_000) return null;
        double fraction = m.group(4) == null ? 0 : Double.parseDouble("0." + m.group(4));
        return hours * 3600.0 + minutes * 60 + seconds + fraction;
    }

    /** Seconds as a clock time "H:MM:SS.mmm", for messages. */
    static String format(double seconds) {
        long ms = Math.round(seconds * 1000);
        return String.format("%d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }
}
