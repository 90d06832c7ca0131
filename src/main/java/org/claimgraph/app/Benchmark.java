package org.claimgraph.app;

import org.claimgraph.extract.Extraction;
import org.claimgraph.extract.Extractor;
import org.claimgraph.ingest.Transcript;
import org.claimgraph.nlp.ChinesePipeline;
import org.claimgraph.nlp.Chunk;
import org.claimgraph.rdf.ExtractionGraph;
import org.claimgraph.rdf.IriScheme;
import org.claimgraph.util.DataFiles;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Measures extraction speed against CoreNLP alone on the same text: for each input, the CoreNLP annotators
 * ClaimGraph uses (on the same chunks) and the whole extraction (chunking, CoreNLP, lexicon, rules, certainty),
 * and the whole extraction plus building the RDF graph, each timed {@code runs} times, alternating, after a warm-up.
 */
public final class Benchmark {
    /** One input's figures: code points, and the median seconds of each measured step. */
    public record Row(String name, long characters, int runs, double corenlpSeconds, double extractionSeconds, double withRdfSeconds,
                      int claims) {
        public double corenlpRate() { return characters / corenlpSeconds; }
        public double extractionRate() { return characters / extractionSeconds; }
        public double ratio() { return extractionSeconds / corenlpSeconds; }
    }

    private final Extractor extractor;
    private final IriScheme iris;
    private final Consumer<String> log;

    public Benchmark(Extractor extractor, IriScheme iris, Consumer<String> log) {
        this.extractor = extractor;
        this.iris = iris;
        this.log = log;
    }

    /** A transcript of at least {@code bytes} UTF-8 bytes made by repeating {@code seed}'s text, one copy per line. */
    public static Transcript repeated(Transcript seed, long bytes, String name) {
        String copy = seed.text().strip() + "\n";
        long copyBytes = copy.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        String t = copy.repeat((int) Math.max(1, (bytes + copyBytes - 1) / copyBytes));
        return new Transcript(name, t, seed.language(), "0".repeat(64), seed.format(), List.of());
    }

    public Row measure(Transcript t, int runs) {
        String text = t.text();
        ChinesePipeline pipeline = extractor.pipeline();
        double[] corenlp = new double[runs], extraction = new double[runs], withRdf = new double[runs];
        int claims = 0;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            List<Chunk> chunks = extractor.chunks(text);
            pipeline.annotate(text, chunks, (d, n) -> {});
            corenlp[r] = (System.nanoTime() - t0) / 1e9;

            t0 = System.nanoTime();
            Extraction ex = extractor.extract(t);
            extraction[r] = (System.nanoTime() - t0) / 1e9;
            new ExtractionGraph(iris, extractor.lexicon(), DataFiles.version()).build(ex, Instant.now());
            withRdf[r] = (System.nanoTime() - t0) / 1e9;
            claims = ex.claims().size();
            log.accept(String.format(Locale.ROOT, "%s run %d/%d: CoreNLP alone %.1f s, extraction %.1f s, with RDF %.1f s",
                    t.sourceName(), r + 1, runs, corenlp[r], extraction[r], withRdf[r]));
        }
        long chars = text.codePointCount(0, text.length());
        return new Row(t.sourceName(), chars, runs, median(corenlp), median(extraction), median(withRdf), claims);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** The figures as a Markdown table. */
    public static List<String> table(List<Row> rows) {
        List<String> out = new ArrayList<>();
        out.add("| input | characters | runs | CoreNLP alone (s) | chars/s | whole extraction (s) | chars/s | ratio | with RDF (s) | claims |");
        out.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Row r : rows) {
            out.add(String.format(Locale.ROOT, "| %s | %,d | %d | %.2f | %,.0f | %.2f | %,.0f | %.2fx | %.2f | %d |",
                    r.name(), r.characters(), r.runs(), r.corenlpSeconds(), r.corenlpRate(), r.extractionSeconds(), r.extractionRate(),
                    r.ratio(), r.withRdfSeconds(), r.claims()));
        }
        return out;
    }

    /** Heap after one more transcript was loaded: files and characters so far, and the heap in use after a full GC. */
    public record HeapRow(int files, long characters, long heapAfterGcMb, double seconds) {}

    /**
     * Loads {@code copies} copies of a corpus (each copy under its own names, so each is a new transcript) into the
     * store, with {@code jobs} workers, and after every file records the heap in use after a full garbage collection:
     * the memory a load keeps, which must not grow with the corpus.
     */
    public static List<HeapRow> loadCorpus(ClaimGraph cg, org.claimgraph.store.Store store, List<BatchLoader.Source> corpus,
                                           int copies, int jobs, Consumer<String> log) {
        List<BatchLoader.Source> sources = new ArrayList<>();
        for (int c = 1; c <= copies; c++) {
            for (BatchLoader.Source s : corpus) sources.add(new BatchLoader.Source(s.file(), "copy" + c + "/" + s.name(), s.bytes()));
        }
        List<HeapRow> rows = new ArrayList<>();
        long t0 = System.nanoTime();
        long[] chars = {0};
        java.lang.management.MemoryMXBean memory = java.lang.management.ManagementFactory.getMemoryMXBean();
        new BatchLoader(cg, store, jobs, true).load(sources, new BatchLoader.Listener() {
            @Override
            public void finished(BatchLoader.Outcome o) {
                chars[0] += o.characters();
                if (o.status() == BatchLoader.Status.FAILED) log.accept(o.message());
                System.gc();
                long used = memory.getHeapMemoryUsage().getUsed() >> 20;
                HeapRow row = new HeapRow(rows.size() + 1, chars[0], used, (System.nanoTime() - t0) / 1e9);
                rows.add(row);
                log.accept(String.format(Locale.ROOT, "%d files, %,d characters: heap after GC %d MB (%s)", row.files(), row.characters(),
                        row.heapAfterGcMb(), o.source().name()));
            }
        });
        return rows;
    }

    /** The heap figures as a Markdown table. */
    public static List<String> heapTable(List<HeapRow> rows) {
        List<String> out = new ArrayList<>();
        out.add("| files loaded | characters | heap after GC (MB) | elapsed (s) |");
        out.add("|---:|---:|---:|---:|");
        for (HeapRow r : rows) {
            out.add(String.format(Locale.ROOT, "| %d | %,d | %d | %.0f |", r.files(), r.characters(), r.heapAfterGcMb(), r.seconds()));
        }
        return out;
    }
}
