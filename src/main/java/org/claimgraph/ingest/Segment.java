package org.claimgraph.ingest;

/**
 * A stretch of transcript text as the input delimited it (a line, a subtitle cue, a speaker turn).
 * {@code begin}/{@code end} are UTF-16 indexes into {@link Transcript#text()}; times are seconds or null;
 * speaker is null when the input does not say.
 */
public record Segment(int begin, int end, Double startSeconds, Double endSeconds, String speaker) {
    public Segment {
        if (begin < 0 || end < begin) throw new IllegalArgumentException("bad segment span " + begin + ".." + end);
    }

    public static Segment untimed(int begin, int end) { return new Segment(begin, end, null, null, null); }
}
