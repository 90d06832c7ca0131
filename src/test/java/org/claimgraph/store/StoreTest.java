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
}
