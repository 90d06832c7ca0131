package org.claimgraph.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.claimgraph.Sample;
import org.claimgraph.TestData;
import org.claimgraph.rdf.NamedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class StoreTest {
    private static NamedGraph graph(String name, String... objects) {
        var g = GraphFactory.createDefaultGraph();
        for (String o : objects) {
            g.add(Triple.create(NodeFactory.createURI("http://x/s"), NodeFactory.createURI("http://x/p"), NodeFactory.createLiteralString(o)));
        }
        return new NamedGraph(NodeFactory.createURI(name), g);
    }

    @Test
    void replacingAGraphLeavesTheOthersAndAddsNoDuplicates(@TempDir Path dir) {
        try (Store store = Store.open(dir)) {
            store.replaceGraphs(List.of(graph("http://x/g1", "a", "b"), graph("http://x/g2", "c")));
            store.replaceGraphs(List.of(graph("http://x/g1", "a", "z")));
            store.replaceGraphs(List.of(graph("http://x/g1", "a", "z")));
            assertEquals(3, store.size());
            assertTrue(store.copyOf(NodeFactory.createURI("http://x/g1")).contains(Node.ANY, Node.ANY, NodeFactory.createLiteralString("z")));
            assertFalse(store.copyOf(NodeFactory.createURI("http://x/g1")).contains(Node.ANY, Node.ANY, NodeFactory.createLiteralString("b")));
        }
    }

    @Test
    void theSampleGraphPersistsAcrossReopeningAndTheDefaultGraphIsTheUnion(@TempDir Path dir) {
        long size;
        try (Store store = Store.open(dir)) {
            store.replaceGraphs(List.of(Sample.graph()));
            size = store.size();
            assertEquals(Sample.graph().graph().size(), size);
        }
        try (Store store = Store.open(dir)) {
            assertEquals(size, TestData.quadCount(store.dataset()));
            assertEquals(List.of(Sample.graph().name()), store.graphNames());
            long unionSize = Txn.calculateRead(store.dataset(), () -> {
                try (var qe = org.apache.jena.query.QueryExecution.create("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }",
                        org.apache.jena.query.DatasetFactory.wrap(store.dataset()))) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertEquals(size, unionSize, "a query's default graph is the union of the named graphs");
        }
    }

    @Test
    void aFailedWriteLeavesTheStoreAsItWas(@TempDir Path dir) {
        try (Store store = Store.open(dir)) {
            store.replaceGraphs(List.of(graph("http://x/g1", "a")));
            var before = TestData.snapshot(store.dataset());
            NamedGraph broken = new NamedGraph(NodeFactory.createURI("http://x/g1"), null);
            assertThrows(RuntimeException.class, () -> store.replaceGraphs(List.of(graph("http://x/g2", "b"), broken)));
            var after = TestData.snapshot(store.dataset());
            assertEquals(TestData.quadCount(before), TestData.quadCount(after));
            assertTrue(after.contains(NodeFactory.createURI("http://x/g1"), Node.ANY, Node.ANY, NodeFactory.createLiteralString("a")));
            assertFalse(after.containsGraph(NodeFactory.createURI("http://x/g2")), "the transaction was rolled back whole");
        }
    }

    /**
     * A query that runs while a transcript is being replaced sees its old graph or its new one, with the matching
     * manifest entry, never a mix: the writer swaps two versions of one transcript while readers count.
     */
    @Test
    void readersDuringWritesSeeTheOldOrTheNewGraphNeverAMix(@TempDir Path dir) throws Exception {
        org.claimgraph.rdf.IriScheme iris = org.claimgraph.rdf.IriScheme.defaults();
        String name = iris.transcript("talk.txt");
        NamedGraph small = graph(name, "v1-a", "v1-b");
        String[] big = new String[400];
        for (int i = 0; i < big.length; i++) big[i] = "v2-" + i;
        NamedGraph large = graph(name, big);
        SourceRecord r1 = new SourceRecord("talk.txt", "1".repeat(64), 10, "text", java.time.Instant.EPOCH, "test");
        SourceRecord r2 = new SourceRecord("talk.txt", "2".repeat(64), 20, "text", java.time.Instant.EPOCH, "test");
        Node manifest = NodeFactory.createURI(iris.manifestGraph());
        Node graphName = NodeFactory.createURI(name);
        try (Store store = Store.open(dir)) {
            store.replaceSource(iris, null, small, r1);
            var stop = new java.util.concurrent.atomic.AtomicBoolean();
            var seen = java.util.concurrent.ConcurrentHashMap.<String>newKeySet();
            var problems = new java.util.concurrent.ConcurrentLinkedQueue<String>();
            Runnable reader = () -> {
                while (!stop.get()) {
                    Txn.executeRead(store.dataset(), () -> {
                        long n = store.dataset().getGraph(graphName).size();
                        String hash = store.dataset().find(manifest, graphName, org.claimgraph.rdf.CG.Nodes.contentHash, Node.ANY)
                                .next().getObject().getLiteralLexicalForm();
                        String state = n + "/" + hash.charAt(0);
                        seen.add(state);
                        if (!state.equals("2/1") && !state.equals("400/2")) problems.add(state);
                    });
                }
            };
            Thread[] readers = {new Thread(reader), new Thread(reader)};
            for (Thread t : readers) t.start();
            for (int i = 0; i < 20; i++) store.replaceSource(iris, null, i % 2 == 0 ? large : small, i % 2 == 0 ? r2 : r1);
            stop.set(true);
            for (Thread t : readers) t.join();
            assertEquals(List.of(), List.copyOf(problems), "a reader saw a half-written transcript");
            assertTrue(seen.contains("2/1") || seen.contains("400/2"), seen.toString());
        }
    }
}
