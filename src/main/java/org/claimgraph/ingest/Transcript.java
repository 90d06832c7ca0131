package org.claimgraph.ingest;

import java.util.List;

/**
 * A decoded transcript: the text exactly as stored (every offset in the graph indexes into it), where it came from,
 * its language and its segments.
 *
 * @param sourceName  the file name the transcript was read from; it names the transcript in IRIs and in the graph
 * @param text        the stored text. For plain text, the text as decoded from the file, a leading byte-order mark
 *                    dropped and nothing else changed; for structured formats (subtitles, JSON, Markdown), the spoken
 *                    text only, one cue or turn per line (see each {@link TranscriptFormat})
 * @param language    a BCP 47 tag: the language a JSON transcript states, else guessed from the script of the text
 *                    ("zh" or "en")
 * @param contentHash SHA-256 of the raw bytes, lower-case hex
 * @param format      the media type of the input, e.g. "text/plain", "text/vtt", "application/x-subrip"
 * @param segments    the cues, turns or lines, in order, with their times and speakers where the input gives them
 * @param encoding    the character encoding the file was decoded from: "UTF-8", "UTF-16LE", "UTF-16BE" or "GB18030"
 */
public record Transcript(String sourceName, String text, String language, String contentHash, String format,
                         List<Segment> segments, String encoding) {
    public Transcript {
        segments = List.copyOf(segments);
    }

    /** A transcript decoded from UTF-8. */
    public Transcript(String sourceName, String text, String language, String contentHash, String format, List<Segment> segments) {
        this(sourceName, text, language, contentHash, format, segments, "UTF-8");
    }
}
