package org.claimgraph.ingest;

import java.util.List;

/**
 * One kind of transcript file (plain text, SRT, WebVTT, JSON, Markdown...). A format gets text that is already decoded
 * (see {@link TextDecoder}); it recognises its own content and turns it into the stored text and its segments.
 * <p>
 * {@link TranscriptFormats} holds the formats a {@link TranscriptReader} chooses from. To add one, implement this
 * interface with a public no-argument constructor and list the class in
 * {@code META-INF/services/org.claimgraph.ingest.TranscriptFormat} on the class path (it is then found by
 * {@link TranscriptFormats#installed()}), or pass it to {@link TranscriptFormats#with(TranscriptFormat)}.
 * Implementations must be stateless and safe to share between threads.
 */
public interface TranscriptFormat {

    /** A short, unique, lower-case name such as "srt". */
    String id();

    /** The media type recorded as the transcript's format, such as "text/vtt". */
    String mediaType();

    /** File name extensions this format claims, lower case and without the dot, such as "srt". */
    List<String> extensions();

    /**
     * Whether the text looks like this format. {@code head} is the start of the decoded text (at most
     * {@link TranscriptFormats#SNIFF_CHARS} characters, a byte-order mark already dropped), so it may end anywhere,
     * even inside a line. It should be cheap and never throw; when in doubt answer false.
     */
    boolean sniff(String head);

    /**
     * Whether a file with one of this format's extensions, found in a folder being loaded, is taken only when its
     * content looks like this format. True for formats whose extension is also used for other documents (a
     * folder's README.md is no transcript); a file given by name is always read.
     */
    default boolean sniffInFolders() { return false; }

    /**
     * Parses the whole decoded text.
     *
     * @param shownAs names the input in error messages
     * @throws InputException when the text is not valid in this format; its message names {@code shownAs}, the place
     *                        (line number, cue, JSON element) and what to do
     */
    Parsed parse(String text, String shownAs) throws InputException;

    /**
     * What a format makes of a file.
     *
     * @param text     the stored text; every segment and every later offset indexes into it
     * @param segments spans of {@code text} in order, with the times and speakers the file gives
     * @param language a language tag the file states, or null to have it guessed from the text
     */
    record Parsed(String text, List<Segment> segments, String language) {
        public Parsed {
            segments = List.copyOf(segments);
            for (Segment s : segments) {
                if (s.end() > text.length()) throw new IllegalArgumentException("segment " + s + " ends past the text (" + text.length() + ")");
            }
        }

        public Parsed(String text, List<Segment> segments) { this(text, segments, null); }
    }
}
