package org.claimgraph.eval;

import java.util.List;

/**
 * One claim of a gold annotation: entity references as written in the gold file (a lexicon name such as
 * {@code code-data}, any label of a lexicon concept, a year, or a free term), the relation, polarity, certainty,
 * who it is attributed to (or null), and its evidence spans in code points.
 */
public record GoldClaim(String subject, String relation, String object, String polarity, String certainty,
                        String attributedTo, List<Span> evidence) {
    public GoldClaim {
        evidence = List.copyOf(evidence);
    }

    /** A span of transcript text, {@code [start, end)} in code points, and its quote. */
    public record Span(int start, int end, String quote) {}
}
