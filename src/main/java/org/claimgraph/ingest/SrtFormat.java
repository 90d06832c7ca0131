package org.claimgraph.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * SubRip subtitles ({@code .srt}). Each cue is an optional cue number (from any start, 0 included), a timing line
 * {@code 00:01:02,500 --> 00:01:04,000} and one or more text lines, cues separated by blank lines. Tolerated beyond
 * the standard: a dot instead of the comma, hours of one or more digits ({@code 0:00:01.400}), no hours
 * ({@code 01:02.500}), settings after the end time, CRLF or CR line ends, and a missing blank line before a line
 * that starts a new cue (a timing line, or a number followed by one).
 * <p>
 * Stored text: the text of each cue, its lines joined with a space and {@code <b>}, {@code <i>}, {@code <u>},
 * {@code <s>}, {@code <font>} tags and {@code {\an8}}-style override codes removed, one cue per line. Cue numbers and
 * timings are not part of it. Each cue with text is a segment with its start and end time and no speaker; a cue
 * without text gives none.
 * <p>
 * A timing line that cannot be read, or a cue that ends before it starts, is an error naming the line: the file is
 * rejected rather than given guessed times, because a wrong time would silently point evidence at the wrong moment.
 */
final class SrtFormat implements TranscriptFormat {
    private static final Pattern MARKUP = Pattern.compile("(?i)</?(?:b|i|u|s|font)\\b[^>]*>|\\{\\\\[^}]*}");

    @Override public String id() { return "srt"; }
    @Override public String mediaType() { return "application/x-subrip"; }
    @Override public List<String> extensions() { return List.of("srt"); }

    /** The first non-blank line is a timing line that can be read, or a cue number followed by one. */
    @Override
    public boolean sniff(String head) {
        CueLines lines = new CueLines(head, "", "");
        int i = 0;
        while (i < lines.size() && lines.isBlank(i)) i++;
        if (lines.isNumber(i)) i++;
        return lines.isReadableTiming(i);
    }

    @Override
    public Parsed parse(String text, String shownAs) throws InputException {
        CueLines lines = new CueLines(text, shownAs, "HH:MM:SS,mmm --> HH:MM:SS,mmm (for example 00:01:02,500 --> 00:01:04,000)");
        SegmentedText out = new SegmentedText();
        int i = 0;
        while (i < lines.size()) {
            if (lines.isBlank(i)) { i++; continue; }
            if (lines.isNumber(i) && !lines.isTiming(i + 1) && i + 1 < lines.size()) {
                throw lines.error(i + 1, "expected a timing line after cue number " + lines.line(i).strip() + ", found "
                        + CueLines.quote(lines.line(i + 1)), "Give each cue a line like 00:01:02,500 --> 00:01:04,000 after its number");
            }
            if (lines.isNumber(i) && lines.isTiming(i + 1)) i++;
            if (!lines.isTiming(i)) {
                throw lines.error(i, "expected a cue number or a timing line, found " + CueLines.quote(lines.line(i)),
                        "Check the file is SRT: each cue is a number, a line like 00:01:02,500 --> 00:01:04,000, then its text");
            }
            CueLines.Timing timing = lines.timing(i++);
            StringBuilder cue = new StringBuilder();
            for (; i < lines.size() && !lines.isBlank(i) && !lines.startsCue(i); i++) cue.append(lines.line(i)).append(' ');
            out.add(SegmentedText.oneLine(MARKUP.matcher(cue).replaceAll("")), timing.start(), timing.end(), null);
        }
        return out.build(null);
    }
}
