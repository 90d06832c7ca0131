package org.claimgraph.lexicon;

/**
 * An entity of the lexicon (or one found outside it): its IRI, its class in the ontology (e.g. cg:Model) and the
 * label to show.
 */
public record Concept(String iri, String typeIri, String label) {}
