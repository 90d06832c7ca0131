package org.claimgraph;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;

/** Helpers for comparing stores in tests. */
public final class TestData {
    private TestData() {}

    /** A copy of every quad of a dataset, to compare before and after. */
    public static DatasetGraph snapshot(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            DatasetGraph copy = DatasetGraphFactory.create();
            dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(copy::add);
            return copy;
        });
    }

    public static long quadCount(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            long[] n = {0};
            dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> n[0]++);
            return n[0];
        });
    }
}
