package org.claimgraph.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the stored text of a structured transcript: the spoken text of each cue or turn, one per line
 * (joined with "\n"), and a segment over each.
 */
final class SegmentedText {
    private final StringBuilder text = new StringBuilder();
    private final List<Segment> segments = new ArrayList<>();

    /** Adds one cue or turn; its text is trimmed, and a cue without text gives no segment. */
    void add(String spoken, Double startSeconds, Double endSeconds, String speaker) {
        String s = spoken.strip();
        if (s.isEmpty()) return;
        if (!text.isEmpty()) text.append('\n');
        int begin = text.length();
        text.append(s);
        segments.add(new Segment(begin, text.length(), startSeconds, endSeconds, speaker));
    }

    boolean isEmpty() { return segments.isEmpty(); }

    TranscriptFormat.Parsed build(String language) {
        return new TranscriptFormat.Parsed(text.toString(), segments, language);
    }

    /** Collapses every run of whitespace, line breaks included, to one space, so a cue stays on one line. */
    static String oneLine(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
