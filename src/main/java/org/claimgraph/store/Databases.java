package org.claimgraph.store;

import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The databases open in this JVM, each once: its TDB2 dataset, its Lucene text index and the {@link DatasetGraphText}
 * joining them. Only one of each may exist per folder: a second Lucene {@code IndexWriter} on a folder fails on its
 * lock, and a second {@code DatasetGraphText} over one TDB2 dataset would replace the first's part in TDB2's
 * transactions, so that the first's index changes were never committed. {@code serve} uses a database through
 * {@link Store} and through Fuseki at once: both get the same objects, and the last to let go closes them.
 */
final class Databases {
    private Databases() {}

    /** What to do about the text index when a database is opened. */
    enum IndexCheck {
        /** Compare it with the data and rebuild it when they differ (saying why on the log). */
        VERIFY,
        /** Rebuild it whatever its state. */
        REBUILD
    }

    /** One open database and how many users hold it. */
    static final class Handle {
        private final Path dir;
        private final DatasetGraph base;
        private final TextIndexLucene index;
        private final DatasetGraphText dataset;
        private final String fingerprint;
        private int users = 1;

        private Handle(Path dir, DatasetGraph base, TextIndexLucene index, DatasetGraphText dataset, String fingerprint) {
            this.dir = dir;
            this.base = base;
            this.index = index;
            this.dataset = dataset;
            this.fingerprint = fingerprint;
        }

        DatasetGraphText dataset() { return dataset; }

        /** Rebuilds the text index from the data. */
        TextIndexes.Rebuilt rebuildIndex(Consumer<String> log) {
            return TextIndexes.rebuild(base, index, fingerprint, log);
        }

        /** Lets go of the database; the last user closes the index and releases the TDB2 dataset. */
        void release() {
            synchronized (Databases.class) {
                if (users == 0) return;
                if (--users > 0) return;
                if (OPEN.get(dir) == this) OPEN.remove(dir);
                try {
                    index.close();
                } finally {
                    TDBInternal.expel(base);
                }
            }
        }
    }

    private static final Map<Path, Handle> OPEN = new HashMap<>();

    /**
     * Opens the database in {@code dir} (created when the folder is missing or empty), or joins this JVM's users of it.
     *
     * @throws IllegalStateException when another process holds the database, with a message that says what to do
     */
    static synchronized Handle acquire(Path dir, IndexCheck check, Consumer<String> log) {
        Path key = dir.toAbsolutePath().normalize();
        DatasetGraph base = connect(key);
        Handle open = OPEN.get(key);
        if (open != null && open.base == base) {
            open.users++;
            if (check == IndexCheck.REBUILD) open.rebuildIndex(log);
            return open;
        }
        if (open != null) {
            // Fuseki expels the TDB2 database when it stops; whoever still holds the old handle holds a closed one.
            OPEN.remove(key);
            open.index.close();
        }
        base.getContext().set(TDB2.symUnionDefaultGraph, true);
        TextIndexLucene index = null;
        try {
            Model config = DatasetDescription.forDatabase(key);
            index = TextIndexes.assemble(config);
            String fingerprint = TextIndexes.fingerprint(config, index);
            // The index is closed by the last release, not by whoever closes the dataset.
            DatasetGraphText dataset = (DatasetGraphText) TextDatasetFactory.create(base, index, false);
            Handle h = new Handle(key, base, index, dataset, fingerprint);
            if (check == IndexCheck.REBUILD) {
                h.rebuildIndex(log);
            } else {
                String stale = TextIndexes.staleness(base, index, fingerprint);
                if (stale != null) {
                    log.accept("the text index in " + DatasetDescription.indexDir(key) + " is out of date (" + stale
                            + "): rebuilding it from the database");
                    h.rebuildIndex(log);
                } else if (!fingerprint.equals(TextIndexes.builtBy(index))) {
                    TextIndexes.stamp(base, index, fingerprint);
                }
            }
            OPEN.put(key, h);
            return h;
        } catch (RuntimeException e) {
            try {
                if (index != null) index.close();
            } finally {
                TDBInternal.expel(base);
            }
            throw e;
        }
    }

    /** An empty dataset in memory, indexed as a database on disk is: TDB2 with the union default graph, and the index. */
    static DatasetGraph inMemory() {
        DatasetGraph base = DatabaseMgr.createDatasetGraph();
        base.getContext().set(TDB2.symUnionDefaultGraph, true);
        TextIndexLucene index = TextIndexes.assemble(DatasetDescription.inMemory());
        return TextDatasetFactory.create(base, index, true);
    }

    private static DatasetGraph connect(Path dir) {
        try {
            return DatabaseMgr.connectDatasetGraph(dir.toString());
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            if (!msg.contains("Failed to get a lock")) throw e;
            String pid = msg.replaceAll(".*held by process (\\d+).*", "$1");
            throw new IllegalStateException("the database in " + dir + " is in use by another process (pid " + pid
                    + "), probably a running 'claimgraph serve': stop it first, query it over HTTP instead, or give another --db", e);
        }
    }
}
