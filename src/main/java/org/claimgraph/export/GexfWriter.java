package org.claimgraph.export;

import org.claimgraph.util.DataFiles;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * GEXF 1.3, Gephi's own format. Nodes and edges are identified by their IRIs; the values are declared in
 * {@code <attributes class="node">} and {@code <attributes class="edge">}. An edge's {@code weight} is its support
 * count (Gephi draws heavier edges thicker) and its {@code kind} is its relation, so Gephi keeps two claims between
 * the same entities as two edges.
 */
final class GexfWriter implements GraphWriter {
    static final String NS = "http://gexf.net/1.3";

    private record Attribute(String id, String type) {}

    private static final List<Attribute> NODE_ATTRIBUTES = List.of(
            new Attribute("type", "string"),
            new Attribute("mentions", "long"));
    private static final List<Attribute> EDGE_ATTRIBUTES = List.of(
            new Attribute("relation", "string"),
            new Attribute("certainty", "string"),
            new Attribute("polarity", "string"),
            new Attribute("supportCount", "long"));

    @Override
    public void write(GraphView graph, Writer out) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<gexf xmlns=\"" + NS + "\" version=\"1.3\">\n");
        out.write("  <meta>\n    <creator>ClaimGraph " + Xml.escape(DataFiles.version()) + "</creator>\n");
        out.write("    <description>Entities (nodes) and the claims made about them (edges from subject to object).</description>\n  </meta>\n");
        out.write("  <graph defaultedgetype=\"directed\" mode=\"static\">\n");
        attributes(out, "node", NODE_ATTRIBUTES);
        attributes(out, "edge", EDGE_ATTRIBUTES);
        out.write("    <nodes count=\"" + graph.nodes().size() + "\">\n");
        for (EntityNode n : graph.nodes()) {
            out.write("      <node id=\"" + Xml.escape(n.iri()) + "\" label=\"" + Xml.escape(n.label()) + "\">\n");
            out.write("        <attvalues>\n");
            value(out, "type", n.type());
            value(out, "mentions", Long.toString(n.mentions()));
            out.write("        </attvalues>\n      </node>\n");
        }
        out.write("    </nodes>\n");
        out.write("    <edges count=\"" + graph.edges().size() + "\">\n");
        for (ClaimEdge e : graph.edges()) {
            out.write("      <edge id=\"" + Xml.escape(e.iri()) + "\" source=\"" + Xml.escape(e.source()) + "\" target=\""
                    + Xml.escape(e.target()) + "\" label=\"" + Xml.escape(e.relation()) + "\" kind=\"" + Xml.escape(e.relation())
                    + "\" weight=\"" + e.supportCount() + "\">\n");
            out.write("        <attvalues>\n");
            value(out, "relation", e.relation());
            value(out, "certainty", e.certainty());
            value(out, "polarity", e.polarity());
            value(out, "supportCount", Long.toString(e.supportCount()));
            out.write("        </attvalues>\n      </edge>\n");
        }
        out.write("    </edges>\n  </graph>\n</gexf>\n");
    }

    private static void attributes(Writer out, String cls, List<Attribute> attributes) throws IOException {
        out.write("    <attributes class=\"" + cls + "\">\n");
        for (Attribute a : attributes) {
            out.write("      <attribute id=\"" + a.id() + "\" title=\"" + a.id() + "\" type=\"" + a.type() + "\"/>\n");
        }
        out.write("    </attributes>\n");
    }

    private static void value(Writer out, String attribute, String value) throws IOException {
        out.write("          <attvalue for=\"" + attribute + "\" value=\"" + Xml.escape(value) + "\"/>\n");
    }
}
