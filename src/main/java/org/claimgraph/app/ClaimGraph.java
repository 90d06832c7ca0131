package org.claimgraph.app;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.claimgraph.extract.Extraction;
import org.claimgraph.extract.Extractor;
import org.claimgraph.ingest.InputException;
import org.claimgraph.ingest.Transcript;
import org.claimgraph.ingest.TranscriptReader;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.nlp.ChinesePipeline;
import org.claimgraph.rdf.Aggregates;
import org.claimgraph.rdf.ExtractionGraph;
import org.claimgraph.rdf.IriScheme;
import org.claimgraph.rdf.NamedGraph;
import org.claimgraph.store.Store;
import org.claimgraph.store.SourceRecord;
import org.claimgraph.util.DataFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * The whole path from a transcript file to its named graph, shared by the commands: read, extract (loading
 * CoreNLP once, on first use), write RDF. Progress and notices go to {@code log}.
 */
public final class ClaimGraph {
    /** The transcript shipped with ClaimGraph, used by {@code serve} on an empty database. */
    public static final String SAMPLE_FILE = "sample/ai-panel-2023.zh.txt";

    private final IriScheme iris;
    private final Clock clock;
    private final Consumer<String> log;
    private final TranscriptReader reader = new TranscriptReader();
    private Extractor extractor;

    public ClaimGraph(IriScheme iris, Clock clock, Consumer<String> log) {
        this.iris = iris;
        this.clock = clock;
        this.log = log;
    }

    public IriScheme iris() { return iris; }

    /** Reads a transcript; the file's problems come back as one-line messages. */
    public Transcript read(Path file) throws InputException {
        return reader.read(file);
    }

    /**
     * Reads a transcript file that is known in the store as {@code name} (its path relative to a loaded folder, or
     * its file name); the format is chosen from the name's extension and the content.
     */
    public Transcript read(Path file, String name) throws InputException {
        return reader.read(file, name);
    }

    /** How a transcript was read, for the manifest: its format's media type and the encoding it was decoded from. */
    public String readAs(Transcript t) { return t.format() + ", " + t.encoding(); }

    public Clock clock() { return clock; }

    /** The manifest entry of a transcript read from a file of {@code bytes} bytes, stamped now. */
    public SourceRecord sourceRecord(Transcript t, long bytes) {
        return new SourceRecord(t.sourceName(), t.contentHash(), bytes, readAs(t), clock.instant(), DataFiles.version());
    }

    /** Reads the bundled sample transcript. */
    public Transcript readSample() throws InputException {
        try (InputStream in = DataFiles.open(SAMPLE_FILE)) {
            return reader.read(Path.of(SAMPLE_FILE).getFileName().toString(), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Extracts one transcript into its named graph, logging what it found. */
    public NamedGraph extract(Transcript transcript) {
        long t0 = System.nanoTime();
        Extracted x = extractWithCounts(transcript);
        double secs = (System.nanoTime() - t0) / 1e9;
        log.accept(String.format("%s: %d characters, %d mentions, %d claims in %.1f s",
                transcript.sourceName(), transcript.text().codePointCount(0, transcript.text().length()),
                x.mentions(), x.claims(), secs));
        return x.graph();
    }

    /** A transcript's named graph and how many claims and mentions it holds. */
    public record Extracted(NamedGraph graph, int claims, int mentions) {}

    /** Extracts one transcript into its named graph, without logging; safe to call from several threads at once. */
    public Extracted extractWithCounts(Transcript transcript) {
        Extraction extraction = extractClaims(transcript);
        NamedGraph graph = new ExtractionGraph(iris, extractor().lexicon(), DataFiles.version()).build(extraction, clock.instant());
        return new Extracted(graph, extraction.claims().size(), extraction.mentions().size());
    }

    /** Extracts the mentions and claims of one transcript, reporting progress on long ones. */
    public Extraction extractClaims(Transcript transcript) {
        ensurePipeline(transcript);
        Progress progress = new Progress(transcript.sourceName(), log);
        return extractor().extract(transcript, progress::chunksDone);
    }

    /** The tokens of a transcript as the relation rules see them, for writing rules. */
    public String tokenView(Transcript transcript) { return extractor().tokenView(transcript); }

    /** The lexicon the extractor uses (loads the extractor if needed). */
    public Lexicon lexicon() { return extractor().lexicon(); }

    /** The ontology, the lexicon and its links with their records, as the graph stores keep beside the transcripts. */
    public NamedGraph vocabularyGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        parseInto(g, Extractor.ONTOLOGY_FILE, null);
        parseInto(g, Extractor.LEXICON_FILE, iris.entityNamespace());
        parseInto(g, Extractor.LINKS_FILE, iris.entityNamespace());
        return new NamedGraph(NodeFactory.createURI(iris.vocabularyGraph()), g);
    }

    private static void parseInto(Graph g, String file, String base) {
        try (InputStream in = DataFiles.open(file)) {
            RDFParser.source(in).lang(Lang.TURTLE).base(base).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An in-memory dataset holding these graphs and their cross-transcript figures (the aggregates graph), with the
     * union default graph and the full-text index the server has: what a store would hold after loading them.
     */
    public DatasetGraph inMemoryDataset(List<NamedGraph> graphs) {
        return fill(Store.inMemoryDataset(), graphs);
    }

    /** As {@link #inMemoryDataset}, without the text index, which files written from it have no use for. */
    private DatasetGraph unindexedDataset(List<NamedGraph> graphs) {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return fill(dsg, graphs);
    }

    private DatasetGraph fill(DatasetGraph dsg, List<NamedGraph> graphs) {
        Txn.executeWrite(dsg, () -> {
            for (NamedGraph ng : graphs) {
                Node name = ng.name();
                ng.graph().find().forEach(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
            }
            Aggregates.recomputeAll(dsg, NodeFactory.createURI(iris.aggregatesGraph()));
        });
        return dsg;
    }

    /** The transcripts' graphs followed by the graph of their cross-transcript figures, as written to a file. */
    public List<NamedGraph> withAggregates(List<NamedGraph> graphs) {
        DatasetGraph dsg = unindexedDataset(graphs);
        Node name = NodeFactory.createURI(iris.aggregatesGraph());
        Graph aggregates = Txn.calculateRead(dsg, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            dsg.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
            return g;
        });
        List<NamedGraph> out = new java.util.ArrayList<>(graphs);
        out.add(new NamedGraph(name, aggregates));
        return out;
    }

    private synchronized Extractor extractor() {
        if (extractor == null) extractor = Extractor.load(iris);
        return extractor;
    }

    /** Loads the CoreNLP models before the first transcript that needs them, saying so: it takes a while. */
    private synchronized void ensurePipeline(Transcript t) {
        if (ChinesePipeline.isLoaded() || !Extractor.CLAIM_LANGUAGES.contains(t.language())) return;
        log.accept("Loading the CoreNLP Chinese models (takes 20-45 s, about 2 GB of memory)...");
        long t0 = System.nanoTime();
        ChinesePipeline.shared();
        log.accept(String.format("Models ready in %.1f s.", (System.nanoTime() - t0) / 1e9));
    }

    /** Reports extraction progress at most every few seconds, so long transcripts show they are moving. */
    private static final class Progress {
        private final String name;
        private final Consumer<String> log;
        private final long started = System.nanoTime();
        private long lastReport = System.nanoTime();

        Progress(String name, Consumer<String> log) {
            this.name = name;
            this.log = log;
        }

        void chunksDone(int done, int total) {
            long now = System.nanoTime();
            if (now - lastReport < 5_000_000_000L || done == total) return;
            lastReport = now;
            double secs = (now - started) / 1e9;
            double eta = secs / done * (total - done);
            log.accept(String.format("%s: %d%% (%d/%d clauses), about %.0f s left", name, 100 * done / total, done, total, eta));
        }
    }
}
