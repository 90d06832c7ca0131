package org.claimgraph.extract;

import org.claimgraph.ingest.Transcript;

import java.util.List;

/** Everything extracted from one transcript: its mentions and claims, in text order. */
public record Extraction(Transcript transcript, List<Mention> mentions, List<Claim> claims) {
    public Extraction {
        mentions = List.copyOf(mentions);
        claims = List.copyOf(claims);
    }
}
