package org.claimgraph.export;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What every export format shows: entities as nodes and claims as edges between them. Every edge's ends are among
 * the nodes. Built from a store by {@link GraphViewReader}; the order of nodes and edges is stable, so the same
 * store always gives the same file.
 */
public record GraphView(List<EntityNode> nodes, List<ClaimEdge> edges) {
    public GraphView {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        Set<String> iris = new HashSet<>();
        for (EntityNode n : nodes) {
            if (!iris.add(n.iri())) throw new IllegalArgumentException("node <" + n.iri() + "> is listed twice");
        }
        for (ClaimEdge e : edges) {
            if (!iris.contains(e.source()) || !iris.contains(e.target())) {
                throw new IllegalArgumentException("edge <" + e.iri() + "> joins entities that are not nodes: <"
                        + e.source() + "> and <" + e.target() + ">");
            }
        }
    }

    public Optional<EntityNode> node(String iri) {
        return nodes.stream().filter(n -> n.iri().equals(iri)).findFirst();
    }

    public boolean isEmpty() { return nodes.isEmpty(); }
}
