package org.claimgraph.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimgraph.util.DataFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * JSON-LD 1.1: entities and claim nodes in one {@code @graph}, with short keys ({@code label}, {@code relation},
 * {@code certainty}…) that the ClaimGraph context ({@value #CONTEXT_FILE}) maps to cg:, rdf: and rdfs: terms. The
 * context is copied inline rather than referenced by URL, so the file reads as RDF offline and with any JSON-LD
 * processor (Jena's, for one, fetches no remote contexts).
 */
final class JsonLdWriter implements GraphWriter {
    /** The documented context, a data file like the ontology. */
    public static final String CONTEXT_FILE = "ontology/claimgraph.context.jsonld";

    @Override
    public void write(GraphView graph, Writer out) throws IOException {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.set("@context", context());
        ArrayNode items = root.putArray("@graph");
        for (EntityNode n : graph.nodes()) {
            items.addObject()
                    .put("id", n.iri())
                    .put("type", n.type())
                    .put("label", n.label())
                    .put("mentions", n.mentions());
        }
        for (ClaimEdge e : graph.edges()) {
            items.addObject()
                    .put("id", e.iri())
                    .put("type", "Claim")
                    .put("subject", e.source())
                    .put("relation", e.relation())
                    .put("object", e.target())
                    .put("certainty", e.certainty())
                    .put("polarity", e.polarity())
                    .put("supportCount", e.supportCount());
        }
        Json.MAPPER.writeValue(out, root);
        out.write("\n");
    }

    /** The {@code @context} object of {@value #CONTEXT_FILE}. */
    static JsonNode context() {
        try {
            JsonNode file = Json.MAPPER.readTree(DataFiles.read(CONTEXT_FILE));
            JsonNode context = file.get("@context");
            if (context == null || !context.isObject()) {
                throw new IllegalStateException(DataFiles.describe(CONTEXT_FILE) + " has no \"@context\" object; restore it from the repository");
            }
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(DataFiles.describe(CONTEXT_FILE) + " is not valid JSON: " + e.getMessage(), e);
        }
    }
}
