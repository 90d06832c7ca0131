package org.claimgraph.cli;

import org.claimgraph.store.DatasetDescription;
import org.claimgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "reindex", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Rebuild the full-text index of the TDB2 database from its data.",
        description = {
                "Empties the Lucene index in DIR/" + DatasetDescription.INDEX_FOLDER + " and indexes every label (rdfs:label, skos:prefLabel, skos:altLabel), misheard form (skos:hiddenLabel) and evidence quote (oa:exact) in the database anew, as fuseki-config/claimgraph.ttl defines the index.",
                "",
                "Not needed in the normal course: every command that opens the database compares the index with the data first and rebuilds it when they differ (a database made before the index existed, a process killed between the database's commit and the index's, an edited index definition). Use it to be sure, e.g. after copying an index folder around."},
        footer = {"", "Examples:", "  claimgraph reindex", "  claimgraph reindex --db my-db"})
final class ReindexCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin Options.Db db;
    @Mixin Options.Quiet quiet;

    @Override
    public Integer call() {
        Console console = quiet.console(spec);
        Path dir = db.db.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            console.error("no database in " + dir + ": give the folder of one with --db (made by 'claimgraph load')");
            return 1;
        }
        try (Store store = Store.openRebuildingIndex(dir, console.log())) {
            return 0;
        }
    }
}
