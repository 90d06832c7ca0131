package org.claimgraph.extract;

/** Whether a claim affirms or denies its triple. */
public enum Polarity {
    POSITIVE, NEGATIVE;

    public String term() { return name().toLowerCase(java.util.Locale.ROOT); }

    /** Denied instead of affirmed, and the other way round. */
    public Polarity opposite() { return this == POSITIVE ? NEGATIVE : POSITIVE; }
}
