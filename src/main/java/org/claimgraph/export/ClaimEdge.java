package org.claimgraph.export;

/**
 * A claim as an edge of an exported graph, from its subject to its object. One edge per claim node: a claim stated
 * in several transcripts is still one edge, with the statements of all of them counted.
 *
 * @param iri          the claim's IRI
 * @param source       the subject entity's IRI
 * @param target       the object entity's IRI
 * @param relation     the local name of the cg: relation, e.g. {@code improves}
 * @param certainty    the firmest certainty it was stated with: {@code asserted}, {@code reported}, {@code hedged}
 *                     or {@code speculative}
 * @param polarity     {@code positive} or {@code negative} (the speaker denied it)
 * @param supportCount how many statements of it there are, summed over all transcripts
 */
public record ClaimEdge(String iri, String source, String target, String relation, String certainty, String polarity,
                        long supportCount) {
    public boolean negative() { return "negative".equals(polarity); }
}
