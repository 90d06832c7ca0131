package org.claimgraph.cli;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.claimgraph.rdf.IriScheme;
import org.claimgraph.store.SourceRecord;
import org.claimgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "remove", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Remove transcripts from the TDB2 database.",
        description = {
                "Deletes each transcript's named graph and manifest entry, and recomputes the support and mention counts of the claims and entities it had, all in one write transaction per transcript. A SOURCE is the name the transcript was loaded under (its path relative to the loaded folder, or its file name; 'claimgraph remove --list' shows them) or its IRI."},
        footer = {"", "Examples:", "  claimgraph remove --list", "  claimgraph remove talk1.txt", "  claimgraph remove podcasts/ep42.srt --db my-db"})
final class RemoveCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "SOURCE", arity = "0..*", description = "Loaded transcripts, by source name or IRI.")
    List<String> sources = List.of();

    @picocli.CommandLine.Option(names = "--list", description = "List the loaded transcripts (source name, size, load time) and remove nothing.")
    boolean list;

    @Mixin Options.Db db;
    @Mixin Options.Base base;
    @Mixin Options.Quiet quiet;

    @Override
    public Integer call() {
        Console console = quiet.console(spec);
        if (!list && sources.isEmpty()) {
            console.error("give the SOURCE to remove (see 'claimgraph remove --list'), or --list");
            return 2;
        }
        IriScheme iris = base.iris();
        try (Store store = Store.open(db.db.toAbsolutePath().normalize(), console.log())) {
            Map<Node, SourceRecord> loaded = store.sources(iris);
            if (list) {
                var out = spec.commandLine().getOut();
                loaded.forEach((node, r) -> out.printf("%s\t%d bytes\t%s\t%s%n", r.sourcePath(), r.byteSize(), r.loadedAt(), node.getURI()));
                out.flush();
                return 0;
            }
            int missing = 0;
            for (String source : sources) {
                Node graph = resolve(source, iris, loaded);
                if (graph != null && store.removeSource(iris, graph)) {
                    console.log().accept("removed " + source + " (" + graph.getURI() + ")");
                } else {
                    console.error("no transcript " + source + " in " + store.dir() + ": see 'claimgraph remove --list' for the names");
                    missing++;
                }
            }
            return missing == 0 ? 0 : 1;
        }
    }

    private static Node resolve(String source, IriScheme iris, Map<Node, SourceRecord> loaded) {
        for (Map.Entry<Node, SourceRecord> e : loaded.entrySet()) {
            if (e.getValue().sourcePath().equals(source) || e.getKey().getURI().equals(source)) return e.getKey();
        }
        // A graph the manifest does not list (loaded by an older version): by its IRI or the IRI of its name.
        return NodeFactory.createURI(source.contains("://") ? source : iris.transcript(source));
    }
}
