package org.claimgraph.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.claimgraph.rdf.NamedGraph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The TDB2 database. Every access is one transaction ({@link Txn}); a transcript's graph is replaced whole in one
 * write transaction, so a reader sees either the old graph or the new one and a failure leaves the old one.
 */
public final class Store implements AutoCloseable {
    /** Where the database lives when no --db is given, relative to the working directory. */
    public static final String DEFAULT_DIR = "claimgraph-db";

    private final Path dir;
    private final DatasetGraph dataset;

    private Store(Path dir, DatasetGraph dataset) {
        this.dir = dir;
        this.dataset = dataset;
    }

    /**
     * Opens the database in {@code dir}, creating it when the folder is missing or empty.
     *
     * @throws IllegalStateException when another process holds the database, with a message that says what to do
     */
    public static Store open(Path dir) {
        DatasetGraph dsg;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            if (!msg.contains("Failed to get a lock")) throw e;
            String pid = msg.replaceAll(".*held by process (\\d+).*", "$1");
            throw new IllegalStateException("the database in " + dir + " is in use by another process (pid " + pid
                    + "), probably a running 'claimgraph serve': stop it first, query it over HTTP instead, or give another --db", e);
        }
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new Store(dir, dsg);
    }

    public Path dir() { return dir; }

    /** The dataset, for queries; callers wrap their reads in a transaction. */
    public DatasetGraph dataset() { return dataset; }

    /** Replaces (or creates) each named graph, all in one write transaction. */
    public void replaceGraphs(List<NamedGraph> graphs) {
        Txn.executeWrite(dataset, () -> {
            for (NamedGraph e : graphs) {
                dataset.deleteAny(e.name(), Node.ANY, Node.ANY, Node.ANY);
                e.graph().find().forEach(t -> dataset.add(e.name(), t.getSubject(), t.getPredicate(), t.getObject()));
            }
        });
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
    public boolean isEmpty(Node vocabularyGraph) {
        return graphNames().stream().allMatch(n -> n.equals(vocabularyGraph));
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
        TDBInternal.expel(dataset);
    }
}
