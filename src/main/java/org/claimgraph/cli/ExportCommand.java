package org.claimgraph.cli;

import org.apache.jena.sparql.core.DatasetGraph;
import org.claimgraph.export.EntityScope;
import org.claimgraph.export.ExportFormat;
import org.claimgraph.export.GraphView;
import org.claimgraph.export.GraphViewReader;
import org.claimgraph.ingest.InputException;
import org.claimgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Export the graph of entities and claims for graph tools (Gephi, Cytoscape, Graphviz, RDF tools).",
        description = {
                "Nodes are entities, with their label, class (Model, Dataset, Capability…) and how often they are mentioned; edges are claims, from subject to object, with their relation, certainty, polarity and how many statements support them. Counts are summed over all transcripts in the database; a claim made in several transcripts is one edge. By default only entities that take part in a claim are nodes; --all-entities adds every mentioned entity.",
                "",
                "Formats:",
                "  graphml    GraphML 1.0 with declared keys: Gephi, yEd, Cytoscape desktop, NetworkX, igraph.",
                "  gexf       GEXF 1.3: Gephi (File > Open); an edge's weight is its support count.",
                "  cytoscape  Cytoscape.js elements JSON: cytoscape({elements: json.elements}); Cytoscape desktop too.",
                "  dot        Graphviz DOT: dot -Tsvg graph.dot -o graph.svg (or -Tpng). An edge is solid when",
                "             asserted or reported, dashed when hedged, dotted when speculative, red \"not\" when denied.",
                "  jsonld     JSON-LD 1.1 with the context of ontology/claimgraph.context.jsonld inline: any RDF tool.",
                ""},
        footer = {"", "Examples:", "  claimgraph export --format gexf -o claims.gexf",
                "  claimgraph export --format dot | dot -Tsvg > claims.svg",
                "  claimgraph export --format cytoscape --lang zh --all-entities -o claims.json"})
final class ExportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "${COMPLETION-CANDIDATES}: see the list above.")
    ExportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path output;

    @Mixin DataSource source;

    @Option(names = "--all-entities", description = "Also export entities that no claim is about (isolated nodes).")
    boolean allEntities;

    private String language = "en";

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language of the labels, e.g. en or zh (default: ${DEFAULT-VALUE}); an entity without a label in it keeps its English one.")
    void language(String value) {
        if (!value.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
            throw new ParameterException(spec.commandLine(), "--lang: '" + value + "' is not a language tag; give one such as en or zh");
        }
        language = value;
    }

    @Mixin Options.Base base;

    @Mixin Options.Quiet quiet;

    @Override
    public Integer call() throws IOException {
        Console console = quiet.console(spec);
        EntityScope scope = allEntities ? EntityScope.ALL_MENTIONED : EntityScope.IN_CLAIMS;
        GraphView view;
        if (source.dataFile() != null) {
            try {
                DatasetGraph dsg = DataSource.loadData(source.dataFile(), base.claimGraph(console));
                view = GraphViewReader.read(dsg, scope, language);
            } catch (InputException e) {
                console.error(e.getMessage());
                return 1;
            }
        } else {
            if (source.dbMissing()) {
                console.error(source.missingDbMessage());
                return 1;
            }
            try (Store store = Store.open(source.dbDir(), console.log())) {
                if (store.isEmpty(base.iris())) {
                    console.error("the database in " + source.dbDir() + " holds no transcripts: load one first (claimgraph load FILE)");
                    return 1;
                }
                view = GraphViewReader.read(store.dataset(), scope, language);
            }
        }
        if (view.edges().isEmpty()) {
            console.log().accept("no claims found" + (view.isEmpty() ? "; the exported graph is empty" : ""));
        }
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            format.writer().write(view, out);
            out.flush();
            return 0;
        }
        try {
            writeFile(view, output);
        } catch (IOException e) {
            console.error("cannot write " + output + ": " + Main.oneLine(e) + "; check the path and its permissions");
            return 1;
        }
        console.log().accept("wrote " + view.nodes().size() + " entities and " + view.edges().size() + " claims to " + output);
        return 0;
    }

    /** Writes beside {@code file} first and moves the result into place, so a failure leaves {@code file} as it was. */
    private void writeFile(GraphView view, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // Not Files.createTempFile: its owner-only permissions would stay on the result.
        Path tmp = dir.resolve(".claimgraph-" + UUID.randomUUID() + ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                format.writer().write(view, w);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
