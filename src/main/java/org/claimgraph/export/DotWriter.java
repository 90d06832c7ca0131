package org.claimgraph.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

/**
 * A Graphviz digraph, for {@code dot -Tsvg} or {@code -Tpng}. Nodes are coloured by entity class; an edge is
 * labelled with its relation (and "×N" when stated N times), drawn solid when asserted or reported, dashed when
 * hedged, dotted when speculative, thicker the more often it was stated, and red with "not" when denied. Node and
 * edge IRIs are the nodes' ids and the SVG links ({@code URL}).
 */
final class DotWriter implements GraphWriter {
    private static final String FONT = "Helvetica,Arial,Noto Sans CJK SC,sans-serif";

    /** Fill colours by entity class (light, so black labels stay readable). */
    private static final Map<String, String> FILL = Map.of(
            "Model", "#cfe2f3",
            "Organisation", "#f4cccc",
            "Person", "#fce5cd",
            "Modality", "#d9ead3",
            "Dataset", "#fff2cc",
            "Capability", "#d9d2e9",
            "Language", "#d0e0e3",
            "Method", "#ead1dc",
            "Time", "#ffffff");
    private static final String DEFAULT_FILL = "#eeeeee";

    private static final Map<String, String> STYLE = Map.of(
            "asserted", "solid",
            "reported", "solid",
            "hedged", "dashed",
            "speculative", "dotted");

    @Override
    public void write(GraphView graph, Writer out) throws IOException {
        out.write("// ClaimGraph: entities are nodes, claims are edges from subject to object.\n");
        out.write("// Render with: dot -Tsvg THIS.dot -o graph.svg\n");
        out.write("digraph claimgraph {\n");
        out.write("  graph [rankdir=LR, fontname=" + quote(FONT) + ", nodesep=0.25, ranksep=0.6];\n");
        out.write("  node [shape=box, style=\"rounded,filled\", fontname=" + quote(FONT) + ", fontsize=12, fillcolor=\"" + DEFAULT_FILL + "\"];\n");
        out.write("  edge [fontname=" + quote(FONT) + ", fontsize=10, color=\"#555555\", fontcolor=\"#333333\"];\n");
        for (EntityNode n : graph.nodes()) {
            out.write("  " + quote(n.iri()) + " [label=" + quote(n.label())
                    + ", fillcolor=\"" + FILL.getOrDefault(n.type(), DEFAULT_FILL) + "\""
                    + ", tooltip=" + quote(n.type() + ", " + n.mentions() + (n.mentions() == 1 ? " mention" : " mentions"))
                    + ", URL=" + quote(n.iri()) + "];\n");
        }
        for (ClaimEdge e : graph.edges()) {
            String label = (e.negative() ? "not " : "") + e.relation() + (e.supportCount() > 1 ? " ×" + e.supportCount() : "");
            StringBuilder attrs = new StringBuilder("label=").append(quote(label))
                    .append(", style=").append(STYLE.getOrDefault(e.certainty(), "solid"))
                    .append(", penwidth=").append(String.format(Locale.ROOT, "%.1f", 1 + Math.log(e.supportCount()) / Math.log(2)))
                    .append(", tooltip=").append(quote(e.certainty() + ", " + e.supportCount()
                            + (e.supportCount() == 1 ? " statement" : " statements")))
                    .append(", URL=").append(quote(e.iri()));
            if (e.negative()) attrs.append(", color=\"#b22222\", fontcolor=\"#b22222\"");
            out.write("  " + quote(e.source()) + " -> " + quote(e.target()) + " [" + attrs + "];\n");
        }
        out.write("}\n");
    }

    /**
     * A DOT double-quoted string. Inside one only {@code "} needs escaping, but Graphviz also reads backslash escapes
     * in labels ({@code \n}, {@code \N}…), so a backslash is doubled to stay a backslash; line breaks become {@code \n}.
     */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> { }
                default -> out.appendCodePoint(cp < 0x20 ? ' ' : cp);
            }
        });
        return out.append('"').toString();
    }
}
