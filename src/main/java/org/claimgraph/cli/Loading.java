package org.claimgraph.cli;

import org.claimgraph.app.BatchLoader;
import org.claimgraph.app.ClaimGraph;
import org.claimgraph.ingest.InputException;
import org.claimgraph.ingest.Transcript;
import org.claimgraph.store.SourceRecord;
import org.claimgraph.store.Store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Loads transcripts into a store for serve: the files given, or the bundled sample. */
final class Loading {
    private Loading() {}

    /** Returns the number of files that failed; each failure is reported and leaves the store as it was. */
    static int loadFiles(ClaimGraph cg, Store store, List<Path> files, Console console) {
        List<BatchLoader.Source> sources;
        try {
            sources = BatchLoader.sources(files);
        } catch (InputException e) {
            console.error(e.getMessage());
            return 1;
        }
        int jobs = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), sources.size()));
        BatchLoader.Summary s = new BatchLoader(cg, store, jobs, false).load(sources, new LoadProgress(console));
        console.log().accept(LoadCommand.summary(s, store));
        return s.failed();
    }

    /** Loads the bundled sample transcript. */
    static void loadSample(ClaimGraph cg, Store store, Console console) throws InputException {
        Transcript sample = cg.readSample();
        SourceRecord record = cg.sourceRecord(sample, sample.text().getBytes(StandardCharsets.UTF_8).length);
        store.replaceSource(cg.iris(), cg.vocabularyGraph(), cg.extract(sample), record);
        console.log().accept("loaded the bundled sample " + sample.sourceName() + " into " + store.dir());
    }
}
