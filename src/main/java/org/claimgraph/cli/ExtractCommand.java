package org.claimgraph.cli;

import org.claimgraph.app.ClaimGraph;
import org.claimgraph.ingest.InputException;
import org.claimgraph.rdf.NamedGraph;
import org.claimgraph.rdf.Prefixes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Extract the claims of transcripts and print them as RDF (no database, no server).",
        description = {
                "Each transcript becomes one named graph (named by its IRI) holding its text, mentions, entities, claims with evidence spans, and the plain triples of positive claims; a last graph, <BASE>graph/aggregates, holds what spans them (each claim's support count, source count and certainty, each entity's mention count). Same input, same IRIs. Files that cannot be read are reported one line each and skipped; the exit status is then 1."},
        footer = {"", "Examples:", "  claimgraph extract sample/ai-panel-2023.zh.txt > sample.trig",
                "  claimgraph extract talk.txt -o talk.jsonld --format jsonld"})
final class ExtractCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Transcripts: plain text, SRT, WebVTT, JSON or Markdown (see load --help).")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to this file instead of standard output.")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "trig",
            description = "trig, nq or jsonld (default: ${DEFAULT-VALUE}).")
    RdfOutput format;

    @Mixin Options.Quiet quiet;

    @Mixin Options.Base base;

    @Override
    public Integer call() throws Exception {
        Console console = quiet.console(spec);
        ClaimGraph cg = base.claimGraph(console);
        List<NamedGraph> graphs = new ArrayList<>();
        int failed = 0;
        for (Path file : files) {
            try {
                graphs.add(cg.extract(cg.read(file)));
            } catch (InputException e) {
                console.error(e.getMessage());
                failed++;
            }
        }
        if (graphs.isEmpty()) return 1;
        graphs = cg.withAggregates(graphs);
        if (output != null) {
            format.writeFile(graphs, Prefixes.forBase(cg.iris()), output);
            console.log().accept("wrote " + output);
        } else {
            PrintWriter out = spec.commandLine().getOut();
            out.flush();
            OutputStream stdout = new WriterOutputStream(out);
            format.write(graphs, Prefixes.forBase(cg.iris()), stdout);
            stdout.flush();
        }
        return failed == 0 ? 0 : 1;
    }
}
