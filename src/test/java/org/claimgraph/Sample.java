package org.claimgraph;

import org.claimgraph.app.ClaimGraph;
import org.claimgraph.extract.Extraction;
import org.claimgraph.extract.Extractor;
import org.claimgraph.ingest.Transcript;
import org.claimgraph.ingest.TranscriptReader;
import org.claimgraph.rdf.ExtractionGraph;
import org.claimgraph.rdf.IriScheme;
import org.claimgraph.rdf.NamedGraph;

import org.apache.jena.sparql.core.DatasetGraph;

import java.nio.file.Files;
import java.util.List;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The bundled sample transcript, extracted once per test JVM with the real CoreNLP pipeline and a fixed clock, for
 * the tests that need the real output.
 */
public final class Sample {
    private Sample() {}

    public static final Path FILE = Path.of("sample/ai-panel-2023.zh.txt");
    public static final Instant EXTRACTED_AT = Instant.parse("2026-01-02T03:04:05Z");
    public static final Clock CLOCK = Clock.fixed(EXTRACTED_AT, ZoneOffset.UTC);
    public static final IriScheme IRIS = IriScheme.defaults();

    private static Extractor extractor;
    private static Transcript transcript;
    private static Extraction extraction;
    private static NamedGraph graph;

    public static synchronized Extractor extractor() {
        if (extractor == null) extractor = Extractor.load(IRIS);
        return extractor;
    }

    public static synchronized Transcript transcript() {
        if (transcript == null) {
            try {
                transcript = new TranscriptReader().read(FILE);
            } catch (Exception e) {
                throw new IllegalStateException("the sample transcript must be readable", e);
            }
        }
        return transcript;
    }

    public static synchronized Extraction extraction() {
        if (extraction == null) extraction = extractor().extract(transcript());
        return extraction;
    }

    /** The sample's named graph, built with {@link #CLOCK}. */
    public static synchronized NamedGraph graph() {
        if (graph == null) graph = new ExtractionGraph(IRIS, extractor().lexicon(), "test").build(extraction(), EXTRACTED_AT);
        return graph;
    }

    /** The sample as a store would hold it: its graph, the vocabulary and the aggregates (in-memory TDB2). */
    public static DatasetGraph dataset() {
        return claimGraph().inMemoryDataset(List.of(claimGraph().vocabularyGraph(), graph()));
    }

    /** Writes a transcript's graph into a store as load does: with the vocabulary, a manifest entry and the aggregates. */
    public static void load(org.claimgraph.store.Store store, NamedGraph graph) {
        String name = graph.name().getURI().substring(IRIS.base().length() + "transcript/".length());
        store.replaceSource(IRIS, claimGraph().vocabularyGraph(), graph,
                new org.claimgraph.store.SourceRecord(name, "0".repeat(64), 1, "text/plain, UTF-8", EXTRACTED_AT, "test"));
    }

    public static ClaimGraph claimGraph() {
        return new ClaimGraph(IRIS, CLOCK, line -> {});
    }

    public static String text() {
        try {
            return Files.readString(FILE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
