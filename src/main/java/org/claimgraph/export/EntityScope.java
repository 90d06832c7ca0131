package org.claimgraph.export;

/** Which entities become nodes. */
public enum EntityScope {
    /** Only entities that are the subject or object of a claim: the picture of what was claimed. */
    IN_CLAIMS,
    /** Every entity mentioned in a transcript, also those no claim is about (they are isolated nodes). */
    ALL_MENTIONED
}
