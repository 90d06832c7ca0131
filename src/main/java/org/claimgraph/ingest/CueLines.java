package org.claimgraph.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a subtitle file (SRT or WebVTT) with their 1-based numbers, and the pieces both formats share:
 * timing lines and the errors about them.
 */
final class CueLines {
    /** "start --> end", then optional settings; the times themselves are checked by {@link Timecodes}. */
    private static final Pattern TIMING = Pattern.compile("\\s*(\\S+)\\s*-->\\s*(\\S+)(?:\\s.*)?");
    /** Looks like an attempt at a timing line: starts with a digit and has an arrow. */
    private static final Pattern TIMING_LIKE = Pattern.compile("\\s*\\d.*-->.*");
    private static final Pattern NUMBER = Pattern.compile("\\s*\\d+\\s*");

    private final String[] lines;
    private final String shownAs;
    private final String timingExample;

    /** {@code timingExample} is shown in errors as the right way to write a timing line. */
    CueLines(String text, String shownAs, String timingExample) {
        this.lines = text.split("\r\n|\r|\n", -1);
        this.shownAs = shownAs;
        this.timingExample = timingExample;
    }

    int size() { return lines.length; }

    String line(int i) { return lines[i]; }

    boolean isBlank(int i) { return lines[i].isBlank(); }

    boolean isTiming(int i) { return i < lines.length && TIMING_LIKE.matcher(lines[i]).matches(); }

    boolean isNumber(int i) { return i < lines.length && NUMBER.matcher(lines[i]).matches(); }

    /** A cue starts at line i: a timing line, or a cue number followed by one. */
    boolean startsCue(int i) { return isTiming(i) || (isNumber(i) && isTiming(i + 1)); }

    /** Line i is a timing line whose two times can be read. */
    boolean isReadableTiming(int i) {
        if (i >= lines.length) return false;
        Matcher m = TIMING.matcher(lines[i]);
        return m.matches() && Timecodes.parse(m.group(1)) != null && Timecodes.parse(m.group(2)) != null;
    }

    record Timing(double start, double end) {}

    /** Reads the timing line at index i; an error names its line number and text. */
    Timing timing(int i) throws InputException {
        Matcher m = TIMING.matcher(lines[i]);
        Double start = m.matches() ? Timecodes.parse(m.group(1)) : null;
        Double end = m.matches() ? Timecodes.parse(m.group(2)) : null;
        if (start == null || end == null) {
            throw error(i, "bad timestamp " + quote(lines[i]), "Fix that line: write the times as " + timingExample);
        }
        if (end < start) {
            throw error(i, "the cue ends before it starts " + quote(lines[i]), "Fix the cue's times so that the end is not before the start");
        }
        return new Timing(start, end);
    }

    InputException error(int i, String problem, String whatToDo) {
        return new InputException(shownAs, "line " + (i + 1) + ": " + problem, whatToDo);
    }

    /** The text in quotes, shortened to keep messages to one readable line. */
    static String quote(String s) {
        String t = s.strip();
        return "'" + (t.length() > 80 ? t.substring(0, 77) + "..." : t) + "'";
    }
}
