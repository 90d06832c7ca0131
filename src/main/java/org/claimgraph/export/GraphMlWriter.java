package org.claimgraph.export;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GraphML 1.0 with the attributes extension: every value is declared by a {@code <key>} with its name and type,
 * as Gephi, yEd and NetworkX expect. GraphML ids must be XML name tokens and IRIs are not, so nodes and edges get
 * the canonical ids {@code n0, n1…} and {@code e0, e1…} and carry their IRI in the {@code iri} key.
 */
final class GraphMlWriter implements GraphWriter {
    static final String NS = "http://graphml.graphdrawing.org/xmlns";
    static final String SCHEMA = "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

    /** A declared key: its id (also its attr.name), what it belongs to, and its GraphML type. */
    private record Key(String id, String domain, String type) {}

    private static final List<Key> KEYS = List.of(
            new Key("iri",          "all",  "string"),
            new Key("label",        "node", "string"),
            new Key("type",         "node", "string"),
            new Key("mentions",     "node", "long"),
            new Key("relation",     "edge", "string"),
            new Key("certainty",    "edge", "string"),
            new Key("polarity",     "edge", "string"),
            new Key("supportCount", "edge", "long"));

    @Override
    public void write(GraphView graph, Writer out) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<!-- ClaimGraph: entities are nodes, claims are edges from subject to object. -->\n");
        out.write("<graphml xmlns=\"" + NS + "\"\n"
                + "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                + "         xsi:schemaLocation=\"" + NS + " " + SCHEMA + "\">\n");
        for (Key k : KEYS) {
            out.write("  <key id=\"" + k.id() + "\" for=\"" + k.domain() + "\" attr.name=\"" + k.id()
                    + "\" attr.type=\"" + k.type() + "\"/>\n");
        }
        out.write("  <graph id=\"claims\" edgedefault=\"directed\" parse.nodeids=\"canonical\" parse.edgeids=\"canonical\""
                + " parse.order=\"nodesfirst\" parse.nodes=\"" + graph.nodes().size() + "\" parse.edges=\"" + graph.edges().size() + "\">\n");
        Map<String, String> ids = new HashMap<>();
        for (EntityNode n : graph.nodes()) {
            String id = "n" + ids.size();
            ids.put(n.iri(), id);
            out.write("    <node id=\"" + id + "\">\n");
            data(out, "iri", n.iri());
            data(out, "label", n.label());
            data(out, "type", n.type());
            data(out, "mentions", Long.toString(n.mentions()));
            out.write("    </node>\n");
        }
        int edge = 0;
        for (ClaimEdge e : graph.edges()) {
            out.write("    <edge id=\"e" + edge++ + "\" source=\"" + ids.get(e.source()) + "\" target=\"" + ids.get(e.target()) + "\">\n");
            data(out, "iri", e.iri());
            data(out, "relation", e.relation());
            data(out, "certainty", e.certainty());
            data(out, "polarity", e.polarity());
            data(out, "supportCount", Long.toString(e.supportCount()));
            out.write("    </edge>\n");
        }
        out.write("  </graph>\n</graphml>\n");
    }

    private static void data(Writer out, String key, String value) throws IOException {
        out.write("      <data key=\"" + key + "\">" + Xml.escape(value) + "</data>\n");
    }
}
