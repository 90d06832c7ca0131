package org.claimgraph.cli;

import org.claimgraph.app.ClaimGraph;
import org.claimgraph.ingest.InputException;
import org.claimgraph.ingest.Transcript;
import org.claimgraph.rdf.NamedGraph;
import org.claimgraph.store.Store;

import java.nio.file.Path;
import java.util.List;

/** Loads transcripts into a store, one write transaction per transcript; shared by load and serve. */
final class Loading {
    private Loading() {}

    /** Returns the number of files that failed; each failure is reported and leaves the store as it was. */
    static int loadFiles(ClaimGraph cg, Store store, List<Path> files, Console console) {
        int failed = 0;
        NamedGraph vocabulary = null;
        for (Path file : files) {
            Transcript t;
            try {
                t = cg.read(file);
            } catch (InputException e) {
                console.error(e.getMessage() + " Nothing was written to the database.");
                failed++;
                continue;
            }
            if (vocabulary == null) vocabulary = cg.vocabularyGraph();
            store.replaceGraphs(List.of(vocabulary, cg.extract(t)));
            console.log().accept("loaded " + t.sourceName() + " into " + store.dir());
        }
        return failed;
    }

    /** Loads the bundled sample transcript. */
    static void loadSample(ClaimGraph cg, Store store, Console console) throws InputException {
        Transcript sample = cg.readSample();
        store.replaceGraphs(List.of(cg.vocabularyGraph(), cg.extract(sample)));
        console.log().accept("loaded the bundled sample " + sample.sourceName() + " into " + store.dir());
    }
}
