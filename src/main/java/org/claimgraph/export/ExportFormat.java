package org.claimgraph.export;

/**
 * The export formats, by the name given on the command line, each with its writer, its usual file extension and
 * the tools that open it. The names are lower case because they are what users type.
 */
public enum ExportFormat {
    graphml  (new GraphMlWriter(),   "graphml", "GraphML 1.0 (Gephi, yEd, Cytoscape desktop, NetworkX, igraph)"),
    gexf     (new GexfWriter(),      "gexf",    "GEXF 1.3 (Gephi)"),
    cytoscape(new CytoscapeWriter(), "json",    "Cytoscape.js elements JSON (cytoscape.js, Cytoscape desktop)"),
    dot      (new DotWriter(),       "dot",     "Graphviz DOT (dot -Tsvg, -Tpng)"),
    jsonld   (new JsonLdWriter(),    "jsonld",  "JSON-LD 1.1 with the ClaimGraph context inline (any RDF tool)");

    private final GraphWriter writer;
    private final String extension;
    private final String description;

    ExportFormat(GraphWriter writer, String extension, String description) {
        this.writer = writer;
        this.extension = extension;
        this.description = description;
    }

    public GraphWriter writer() { return writer; }

    /** The usual file extension, without the dot. */
    public String extension() { return extension; }

    /** The format and the tools that open it, for help texts. */
    public String description() { return description; }
}
