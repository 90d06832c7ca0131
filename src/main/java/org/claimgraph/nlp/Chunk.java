package org.claimgraph.nlp;

/** A clause-sized stretch of text, {@code begin}/{@code end} in UTF-16 indexes of the transcript text. */
public record Chunk(int begin, int end) {
    public Chunk {
        if (begin < 0 || end <= begin) throw new IllegalArgumentException("bad chunk " + begin + ".." + end);
    }
}
