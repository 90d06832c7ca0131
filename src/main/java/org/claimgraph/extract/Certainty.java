package org.claimgraph.extract;

/** How sure the speaker was, firmest first (the order is used to pick a claim's overall certainty). */
public enum Certainty {
    ASSERTED, REPORTED, HEDGED, SPECULATIVE;

    /** The name used in the cue file and the ontology (cg:asserted…). */
    public String term() { return name().toLowerCase(java.util.Locale.ROOT); }

    public static Certainty fromTerm(String term) {
        for (Certainty c : values()) if (c.term().equals(term)) return c;
        throw new IllegalArgumentException("unknown certainty \"" + term + "\"; use asserted, reported, hedged or speculative");
    }
}
