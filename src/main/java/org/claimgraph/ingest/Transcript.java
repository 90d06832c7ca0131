package org.claimgraph.ingest;

import java.util.List;

/**
 * A decoded transcript: the text exactly as stored (every offset in the graph indexes into it), where it came from,
 * its language and its segments.
 *
 * @param sourceName  the file name the transcript was read from; it names the transcript in IRIs and in the graph
 * @param text        the text as decoded from the file, a leading byte-order mark dropped and nothing else changed
 * @param language    a BCP 47 tag guessed from the script of the text ("zh" or "en")
 * @param contentHash SHA-256 of the raw bytes, lower-case hex
 * @param format      the media type of the input, e.g. "text/plain"
 */
public record Transcript(String sourceName, String text, String language, String contentHash, String format,
                         List<Segment> segments) {
    public Transcript {
        segments = List.copyOf(segments);
    }
}
