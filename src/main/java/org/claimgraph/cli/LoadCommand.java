package org.claimgraph.cli;

import org.claimgraph.app.ClaimGraph;
import org.claimgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "load", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Extract transcripts into the TDB2 database.",
        description = {
                "Each transcript's named graph is replaced whole in one write transaction: loading a file again replaces what it gave before and adds no duplicates. The ontology and lexicon are kept in the graph <BASE>graph/vocabulary. A file that cannot be read is reported and leaves the database as it was; the other files are still loaded and the exit status is 1."},
        footer = {"", "Example:", "  claimgraph load talk1.txt talk2.txt --db my-db"})
final class LoadCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Plain-text transcripts, UTF-8.")
    List<Path> files;

    @Mixin Options.Db db;
    @Mixin Options.Base base;

    @Mixin Options.Quiet quiet;

    @Override
    public Integer call() {
        Console console = quiet.console(spec);
        ClaimGraph cg = base.claimGraph(console);
        try (Store store = Store.open(db.db.toAbsolutePath().normalize())) {
            int failed = Loading.loadFiles(cg, store, files, console);
            return failed == 0 ? 0 : 1;
        }
    }
}
