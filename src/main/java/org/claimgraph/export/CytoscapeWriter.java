package org.claimgraph.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.Writer;

/**
 * Cytoscape.js elements JSON: {@code {"elements": {"nodes": [{"data": {...}}], "edges": [{"data": {...}}]}}}, ready
 * for {@code cytoscape({elements: json.elements})}; Cytoscape desktop imports the same file. Ids are the IRIs.
 */
final class CytoscapeWriter implements GraphWriter {
    @Override
    public void write(GraphView graph, Writer out) throws IOException {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ObjectNode elements = root.putObject("elements");
        ArrayNode nodes = elements.putArray("nodes");
        for (EntityNode n : graph.nodes()) {
            nodes.addObject().putObject("data")
                    .put("id", n.iri())
                    .put("label", n.label())
                    .put("type", n.type())
                    .put("mentions", n.mentions());
        }
        ArrayNode edges = elements.putArray("edges");
        for (ClaimEdge e : graph.edges()) {
            edges.addObject().putObject("data")
                    .put("id", e.iri())
                    .put("source", e.source())
                    .put("target", e.target())
                    .put("relation", e.relation())
                    .put("certainty", e.certainty())
                    .put("polarity", e.polarity())
                    .put("supportCount", e.supportCount());
        }
        Json.MAPPER.writeValue(out, root);
        out.write("\n");
    }
}
