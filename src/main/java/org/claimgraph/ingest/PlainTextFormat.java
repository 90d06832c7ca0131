package org.claimgraph.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain text: the stored text is the decoded file exactly (line endings included), each non-blank line a segment,
 * trimmed, without times or speakers. It recognises nothing by itself: it reads {@code .txt} files that no other
 * format recognises and anything else no format claims.
 */
final class PlainTextFormat implements TranscriptFormat {
    @Override public String id() { return "text"; }
    @Override public String mediaType() { return "text/plain"; }
    @Override public List<String> extensions() { return List.of("txt", "text"); }
    @Override public boolean sniff(String head) { return false; }

    @Override
    public Parsed parse(String text, String shownAs) {
        return new Parsed(text, lineSegments(text));
    }

    static List<Segment> lineSegments(String text) {
        List<Segment> segments = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int begin = lineStart;
                int end = i;
                if (end > begin && text.charAt(end - 1) == '\r') end--;
                while (begin < end && Character.isWhitespace(text.charAt(begin))) begin++;
                while (end > begin && Character.isWhitespace(text.charAt(end - 1))) end--;
                if (end > begin) segments.add(Segment.untimed(begin, end));
                lineStart = i + 1;
            }
        }
        return segments;
    }
}
