package org.claimgraph.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.Aggregates;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.IriScheme;
import org.claimgraph.rdf.NamedGraph;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The TDB2 database and its full-text index. Every access is one transaction ({@link Txn}); a transcript's graph is
 * replaced whole in one write transaction, so a reader sees either the old graph or the new one and a failure leaves
 * the old one. The Lucene text index ({@code DIR/text-index}, described in {@code fuseki-config/claimgraph.ttl})
 * changes in the same transactions: {@link #dataset()} is jena-text's {@code DatasetGraphText}, which indexes what is
 * added and unindexes what is deleted through it, and commits the index with TDB2. Opening checks that the index
 * matches the data and rebuilds it when not (a database made before the index existed, or a process killed between
 * TDB2's commit and the index's).
 */
public final class Store implements AutoCloseable {
    /** Where the database lives when no --db is given, relative to the working directory. */
    public static final String DEFAULT_DIR = "claimgraph-db";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Store.class);

    private final Path dir;
    private final Databases.Handle handle;
    private final DatasetGraph dataset;

    private Store(Path dir, Databases.Handle handle) {
        this.dir = dir;
        this.handle = handle;
        this.dataset = handle.dataset();
    }

    /**
     * Opens the database in {@code dir}, creating it when the folder is missing or empty; a rebuild of the text
     * index is reported on the log as a warning.
     *
     * @throws IllegalStateException when another process holds the database, with a message that says what to do
     */
    public static Store open(Path dir) {
        return open(dir, LOG::warn);
    }

    /**
     * Opens the database in {@code dir}, creating it when the folder is missing or empty, and rebuilds the text index
     * when it does not match the data, saying so to {@code log}. In one JVM, a database open twice (by a command and
     * by the server) is the same database.
     *
     * @throws IllegalStateException when another process holds the database, with a message that says what to do
     */
    public static Store open(Path dir, Consumer<String> log) {
        return new Store(dir, Databases.acquire(dir, Databases.IndexCheck.VERIFY, log));
    }

    /** Opens the database in {@code dir} and rebuilds its text index from the data, whatever state it was in. */
    public static Store openRebuildingIndex(Path dir, Consumer<String> log) {
        return new Store(dir, Databases.acquire(dir, Databases.IndexCheck.REBUILD, log));
    }

    /**
     * An empty dataset in memory with the store's union default graph and text index, for running queries over
     * graphs that are not in a database.
     */
    public static DatasetGraph inMemoryDataset() {
        return Databases.inMemory();
    }

    public Path dir() { return dir; }

    /** The dataset, for queries; callers wrap their reads in a transaction. */
    public DatasetGraph dataset() { return dataset; }

    /** Replaces (or creates) each named graph, all in one write transaction. */
    public void replaceGraphs(List<NamedGraph> graphs) {
        Txn.executeWrite(dataset, () -> graphs.forEach(this::replace));
    }

    /**
     * Writes one transcript in one write transaction: its graph replaced whole, the vocabulary graph (when given)
     * replaced, its manifest entry rewritten and the cross-transcript figures of every claim and entity it had
     * or has recomputed. A reader sees the store before or after all of it, never a part; a crash (even kill -9)
     * during the transaction leaves the store as it was before.
     */
    public void replaceSource(IriScheme iris, NamedGraph vocabulary, NamedGraph transcript, SourceRecord record) {
        Node manifest = NodeFactory.createURI(iris.manifestGraph());
        Node aggregates = NodeFactory.createURI(iris.aggregatesGraph());
        Txn.executeWrite(dataset, () -> {
            Aggregates.Touched touched = Aggregates.Touched.of(dataset.getGraph(transcript.name()))
                    .plus(Aggregates.Touched.of(transcript.graph()));
            if (vocabulary != null) replace(vocabulary);
            replace(transcript);
            Node t = transcript.name();
            dataset.deleteAny(manifest, t, Node.ANY, Node.ANY);
            dataset.add(manifest, t, RDF.Nodes.type, CG.Nodes.Transcript);
            dataset.add(manifest, t, CG.Nodes.sourcePath, NodeFactory.createLiteralString(record.sourcePath()));
            dataset.add(manifest, t, CG.Nodes.contentHash, NodeFactory.createLiteralString(record.contentHash()));
            dataset.add(manifest, t, CG.Nodes.byteSize, NodeFactory.createLiteralDT(Long.toString(record.byteSize()), XSDDatatype.XSDinteger));
            dataset.add(manifest, t, CG.Nodes.readAs, NodeFactory.createLiteralString(record.readAs()));
            dataset.add(manifest, t, CG.Nodes.loadedAt, NodeFactory.createLiteralDT(record.loadedAt().toString(), XSDDatatype.XSDdateTime));
            dataset.add(manifest, t, CG.Nodes.loadedWith, NodeFactory.createLiteralString(record.version()));
            Aggregates.recompute(dataset, aggregates, touched);
        });
    }

    /**
     * Removes one transcript in one write transaction: its graph, its manifest entry and its part of the
     * cross-transcript figures. Returns false (and changes nothing) when the store has no such transcript.
     */
    public boolean removeSource(IriScheme iris, Node transcript) {
        Node manifest = NodeFactory.createURI(iris.manifestGraph());
        Node aggregates = NodeFactory.createURI(iris.aggregatesGraph());
        return Txn.calculateWrite(dataset, () -> {
            boolean inManifest = dataset.contains(manifest, transcript, Node.ANY, Node.ANY);
            boolean hasGraph = dataset.containsGraph(transcript) && !dataset.getGraph(transcript).isEmpty();
            if (!inManifest && !hasGraph) return false;
            Aggregates.Touched touched = Aggregates.Touched.of(dataset.getGraph(transcript));
            dataset.deleteAny(transcript, Node.ANY, Node.ANY, Node.ANY);
            dataset.deleteAny(manifest, transcript, Node.ANY, Node.ANY);
            Aggregates.recompute(dataset, aggregates, touched);
            return true;
        });
    }

    /** The manifest: every loaded transcript's graph name and record, in order of source path. */
    public Map<Node, SourceRecord> sources(IriScheme iris) {
        Node manifest = NodeFactory.createURI(iris.manifestGraph());
        return Txn.calculateRead(dataset, () -> {
            Map<Node, SourceRecord> out = new TreeMap<>(Comparator.comparing(Node::toString));
            dataset.find(manifest, Node.ANY, CG.Nodes.sourcePath, Node.ANY).forEachRemaining(q -> {
                Node t = q.getSubject();
                out.put(t, new SourceRecord(q.getObject().getLiteralLexicalForm(),
                        value(manifest, t, CG.Nodes.contentHash), Long.parseLong(value(manifest, t, CG.Nodes.byteSize)),
                        value(manifest, t, CG.Nodes.readAs), Instant.parse(value(manifest, t, CG.Nodes.loadedAt)),
                        value(manifest, t, CG.Nodes.loadedWith)));
            });
            return out;
        });
    }

    /** The content hash the manifest records for a transcript, or null when it was never loaded. */
    public String storedHash(IriScheme iris, Node transcript) {
        Node manifest = NodeFactory.createURI(iris.manifestGraph());
        return Txn.calculateRead(dataset, () -> dataset.contains(manifest, transcript, CG.Nodes.contentHash, Node.ANY)
                ? value(manifest, transcript, CG.Nodes.contentHash) : null);
    }

    private String value(Node graph, Node s, Node p) {
        var it = dataset.find(graph, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : "";
    }

    private void replace(NamedGraph g) {
        dataset.deleteAny(g.name(), Node.ANY, Node.ANY, Node.ANY);
        g.graph().find().forEach(t -> dataset.add(g.name(), t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /** The names of the graphs in the store. */
    public List<Node> graphNames() {
        return Txn.calculateRead(dataset, () -> {
            List<Node> names = new ArrayList<>();
            dataset.listGraphNodes().forEachRemaining(names::add);
            return names;
        });
    }

    /** The number of quads in all named graphs. */
    public long size() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            var it = dataset.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) { it.next(); n++; }
            return n;
        });
    }

    /** True when no transcript has been loaded. */
    public boolean isEmpty(IriScheme iris) {
        java.util.Set<String> bookkeeping = java.util.Set.of(iris.vocabularyGraph(), iris.manifestGraph(), iris.aggregatesGraph());
        return graphNames().stream().allMatch(n -> n.isURI() && bookkeeping.contains(n.getURI()));
    }

    /** How many claims and entities the store holds, across all transcripts: {claims, entities}. */
    public long[] claimAndEntityCounts() {
        return Txn.calculateRead(dataset, () -> {
            Aggregates.Touched all = Aggregates.Touched.of(dataset);
            return new long[]{all.claims().size(), all.entities().size()};
        });
    }

    /** A copy of one named graph. */
    public Graph copyOf(Node graphName) {
        return Txn.calculateRead(dataset, () -> {
            Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            dataset.find(graphName, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
            return g;
        });
    }

    @Override
    public void close() {
        handle.release();
    }
}
