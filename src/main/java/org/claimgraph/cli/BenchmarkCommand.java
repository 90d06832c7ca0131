package org.claimgraph.cli;

import org.claimgraph.app.Benchmark;
import org.claimgraph.app.ClaimGraph;
import org.claimgraph.extract.Extractor;
import org.claimgraph.ingest.InputException;
import org.claimgraph.ingest.Transcript;
import org.claimgraph.nlp.ChinesePipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "benchmark", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Measure extraction speed against CoreNLP alone on the same text.",
        description = {
                "Reports model loading separately, then for each input the median time of the CoreNLP annotators ClaimGraph uses (tokenize, ssplit, pos, lemma, ner on the same chunks) and of the whole extraction, in characters (code points) per second, and their ratio. Inputs: the bundled sample, a text of --size-mb megabytes made by repeating it, and any FILEs. The figures print as a Markdown table (docs/benchmark.md)."},
        footer = {"", "With --corpus DIR it measures memory instead: it loads --copies copies of the transcripts in DIR into a new database (in a temporary folder, deleted afterwards) with --jobs workers, and prints the heap in use after a full GC after every file. A flat column means memory does not grow with the corpus.",
                "", "Examples:", "  claimgraph benchmark --runs 3 --size-mb 1", "  claimgraph benchmark --corpus ../shared/corpus --copies 4 --jobs 2"})
final class BenchmarkCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "More transcripts to measure.")
    List<Path> files = List.of();

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3", description = "Timed runs per input (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--size-mb", paramLabel = "MB", defaultValue = "1", description = "Size of the repeated-sample input; 0 for none (default: ${DEFAULT-VALUE}).")
    double sizeMb;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Measure the memory of loading this folder's transcripts instead of speed.")
    Path corpus;

    @Option(names = "--copies", paramLabel = "K", defaultValue = "3", description = "With --corpus: how many copies of it to load (default: ${DEFAULT-VALUE}).")
    int copies;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "With --corpus: documents extracted at once (default: the number of cores).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Mixin Options.Base base;

    /** Loads copies of the corpus into a temporary database, reporting the heap after each file. */
    private int memory(ClaimGraph cg, PrintWriter out, Console console) {
        if (copies < 1 || jobs < 1) {
            console.error("--copies and --jobs must be at least 1");
            return 2;
        }
        List<org.claimgraph.app.BatchLoader.Source> sources;
        try {
            sources = org.claimgraph.app.BatchLoader.sources(List.of(corpus));
        } catch (InputException e) {
            console.error(e.getMessage());
            return 1;
        }
        if (sources.isEmpty()) {
            console.error("no transcript files in " + corpus);
            return 1;
        }
        Path dir;
        try {
            dir = java.nio.file.Files.createTempDirectory("claimgraph-benchmark-");
        } catch (java.io.IOException e) {
            console.error("cannot make a temporary database folder (" + e.getMessage() + ")");
            return 1;
        }
        try (org.claimgraph.store.Store store = org.claimgraph.store.Store.open(dir)) {
            List<Benchmark.HeapRow> rows = Benchmark.loadCorpus(cg, store, sources, copies, jobs, console.log());
            Runtime rt = Runtime.getRuntime();
            out.printf(Locale.ROOT, "%d files (%d copies of %s) with %d jobs; max heap %d MB; %d cores%n%n", rows.size(), copies, corpus,
                    jobs, rt.maxMemory() >> 20, rt.availableProcessors());
            Benchmark.heapTable(rows).forEach(out::println);
            out.flush();
            return 0;
        } finally {
            try (var walk = java.nio.file.Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (java.io.IOException e) {
                console.log().accept("could not delete " + dir + ": " + e.getMessage());
            }
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Console console = new Console(spec.commandLine().getErr(), false);
        if (runs < 1) {
            console.error("--runs must be at least 1");
            return 2;
        }
        ClaimGraph cg = base.claimGraph(console);
        if (corpus != null) return memory(cg, out, console);
        try {
            List<Transcript> inputs = new ArrayList<>();
            Transcript sample = cg.readSample();
            inputs.add(sample);
            if (sizeMb > 0) inputs.add(Benchmark.repeated(sample, Math.round(sizeMb * 1024 * 1024), "sample repeated to " + sizeMb + " MB"));
            for (Path f : files) inputs.add(cg.read(f));

            long t0 = System.nanoTime();
            Extractor extractor = Extractor.load(cg.iris());
            extractor.pipeline();  // the CoreNLP models load on first use: count them here, not in the warm-up
            double load = (System.nanoTime() - t0) / 1e9;
            Benchmark bench = new Benchmark(extractor, cg.iris(), console.log());
            console.log().accept("warming up on the sample (the first documents after loading run 2-4x slower)");
            bench.measure(sample, 2);
            List<Benchmark.Row> rows = new ArrayList<>();
            for (Transcript t : inputs) rows.add(bench.measure(t, runs));

            Runtime rt = Runtime.getRuntime();
            out.printf(Locale.ROOT, "model loading: %.1f s (CoreNLP pipeline %.1f s); heap used after the runs %d MB of max %d MB; %d cores%n%n",
                    load, ChinesePipeline.shared().loadMillis() / 1000.0, (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20,
                    rt.availableProcessors());
            Benchmark.table(rows).forEach(out::println);
            out.flush();
            return 0;
        } catch (InputException e) {
            console.error(e.getMessage());
            return 1;
        }
    }
}
