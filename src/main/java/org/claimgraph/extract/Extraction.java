package org.claimgraph.extract;

import org.claimgraph.ingest.Transcript;

import java.util.List;

/** Everything extracted from one transcript: its mentions, quantities and claims, in text order. */
public record Extraction(Transcript transcript, List<Mention> mentions, List<Quantity> quantities, List<Claim> claims) {
    public Extraction {
        mentions = List.copyOf(mentions);
        quantities = List.copyOf(quantities);
        claims = List.copyOf(claims);
    }

    public Extraction(Transcript transcript, List<Mention> mentions, List<Claim> claims) {
        this(transcript, mentions, List.of(), claims);
    }
}
