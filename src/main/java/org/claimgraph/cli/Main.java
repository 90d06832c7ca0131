package org.claimgraph.cli;

import org.claimgraph.util.DataFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * {@code claimgraph}: turns transcripts of spoken AI discussions into a knowledge graph of claims, stores it in TDB2
 * and serves it over SPARQL. {@code main} only exits with what {@link #run} returns: 0 ok, 1 failure, 2 usage.
 */
@Command(name = "claimgraph",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        sortOptions = false,
        header = "Claims from spoken AI discussions, as a knowledge graph you can query.",
        description = {
                "Reads speech-to-text transcripts (Chinese with English terms; no punctuation needed), finds the claims in them with who or what they are about, how sure the speaker was and the exact span of text, and writes them as RDF, stored in TDB2 and served over SPARQL.",
                "",
                "Quick start: 'claimgraph serve' loads the bundled sample and serves http://localhost:3030/kg/sparql; 'claimgraph extract FILE' prints the RDF of one transcript (TriG).",
                ""},
        commandListHeading = "%nCommands:%n",
        footerHeading = "%n",
        footer = {"Run 'claimgraph COMMAND --help' for a command's options.",
                "Exit status: 0 ok, 1 failure (bad input, query error, SHACL violation), 2 usage error, 3 partial failure (load: some files failed, the others were loaded).",
                "Memory: the CoreNLP Chinese models need about 3 GB of heap; the launcher passes -Xmx3g (set CLAIMGRAPH_HEAP to change)."},
        subcommands = {ExtractCommand.class, LoadCommand.class, RemoveCommand.class, ReindexCommand.class, ServeCommand.class, QueryCommand.class,
                ExportCommand.class, ValidateCommand.class, EvalCommand.class, TokensCommand.class, BenchmarkCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Whether this process runs on a terminal (set by {@link #main}; false when {@link #run} is called from code). */
    static volatile boolean onTerminal;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        // A progress bar is drawn only when a person is watching: standard error (and input) on a terminal.
        onTerminal = System.console() != null && System.getenv("TERM") != null && !"dumb".equals(System.getenv("TERM"));
        int status = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs the command line and returns its exit status; everything is written to {@code out} and {@code err}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        // Wide enough for URLs and paths not to be broken in help; a terminal's own width is used when there is one.
        cl.setUsageHelpWidth(110);
        cl.setUsageHelpAutoWidth(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("claimgraph: error: " + oneLine(ex));
            // for a bug report: where it happened
            if (System.getenv("CLAIMGRAPH_DEBUG") != null) ex.printStackTrace(commandLine.getErr());
            return 1;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static String oneLine(Throwable ex) {
        Throwable t = ex;
        String msg = t.getMessage();
        while ((msg == null || msg.isBlank()) && t.getCause() != null) {
            t = t.getCause();
            msg = t.getMessage();
        }
        if (msg == null || msg.isBlank()) msg = t.getClass().getSimpleName();
        return msg.replace('\n', ' ');
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"claimgraph " + DataFiles.version()};
        }
    }
}
