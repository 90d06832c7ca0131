package org.claimgraph.export;

/**
 * An entity as a node of an exported graph.
 *
 * @param iri      the entity's IRI, e.g. {@code http://localhost:3030/entity/ChatGPT}
 * @param label    the label to show (the lexicon's skos:prefLabel in the chosen language when there is one)
 * @param type     the local name of its class in the ontology, e.g. {@code Model}
 * @param mentions how often it is mentioned, summed over all transcripts
 */
public record EntityNode(String iri, String label, String type, long mentions) {}
