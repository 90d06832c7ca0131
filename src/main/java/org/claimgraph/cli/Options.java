package org.claimgraph.cli;

import org.claimgraph.app.ClaimGraph;
import org.claimgraph.rdf.IriScheme;
import org.claimgraph.store.Store;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Clock;

/** Options shared by several commands. */
final class Options {
    private Options() {}

    /** --base: the base IRI of everything ClaimGraph mints. */
    static final class Base {
        @Option(names = "--base", paramLabel = "IRI", defaultValue = IriScheme.DEFAULT_BASE,
                description = "Base IRI for transcripts, entities and claims (default: ${DEFAULT-VALUE}). "
                        + "Use the address the graph will be served at; it must end with / or #.")
        String base;

        IriScheme iris() { return new IriScheme(base); }

        /** The extraction path for this base IRI, logging to the console, stamping RDF with the current time. */
        ClaimGraph claimGraph(Console console) { return new ClaimGraph(iris(), Clock.systemUTC(), console.log()); }
    }

    /** -q/--quiet: no progress messages on standard error. */
    static final class Quiet {
        @Option(names = {"-q", "--quiet"}, description = "No progress messages.")
        boolean quiet;

        /** The console of a command: its error stream, silent but for errors with --quiet. */
        Console console(CommandSpec spec) { return new Console(spec.commandLine().getErr(), quiet, Main.onTerminal); }
    }

    /** --db: the TDB2 folder. */
    static final class Db {
        @Option(names = "--db", paramLabel = "DIR", defaultValue = Store.DEFAULT_DIR,
                description = "TDB2 database folder, created if missing (default: ./${DEFAULT-VALUE}).")
        Path db;
    }
}
