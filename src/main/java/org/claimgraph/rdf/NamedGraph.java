package org.claimgraph.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** The content of one named graph: its name and its triples. */
public record NamedGraph(Node name, Graph graph) {}
