package org.claimgraph.app;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.claimgraph.ingest.InputException;
import org.claimgraph.ingest.Transcript;
import org.claimgraph.ingest.TranscriptFormats;
import org.claimgraph.rdf.NamedGraph;
import org.claimgraph.store.SourceRecord;
import org.claimgraph.store.Store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Loads many transcripts into a store: files and folders (recursively) are read and extracted by {@code jobs}
 * workers sharing the one CoreNLP pipeline of the JVM, while this thread writes each finished transcript in its own
 * write transaction. At most {@code jobs + 1} documents are held in memory at a time, so memory does not grow with
 * the corpus. A transcript whose bytes hash as they did when it was last loaded is skipped; a file that cannot be
 * read is reported and the others still load.
 */
public final class BatchLoader {
    /** What happened to one file. */
    public enum Status { LOADED, SKIPPED, FAILED }

    /** A file to load and the name it is known by in the store (its path relative to a given folder, or its file name). */
    public record Source(Path file, String name, long bytes) {}

    /** The outcome of one file: for LOADED the transcript's size and what was found; for FAILED the message. */
    public record Outcome(Source source, Status status, String message, long characters, int claims, int mentions) {}

    /** Hears how the load goes; called on the loading thread, one call at a time. */
    public interface Listener {
        /** Before anything is read: how many files and bytes there are. */
        default void planned(int files, long bytes) {}
        /** After each file. */
        default void finished(Outcome outcome) {}
    }

    /** The whole load: counts, the store's size afterwards and the time it took. */
    public record Summary(int loaded, int skipped, int failed, long characters, long claimsInStore, long entitiesInStore,
                          double seconds) {}

    private final ClaimGraph cg;
    private final Store store;
    private final int jobs;
    private final boolean force;
    private final long maxBytes;

    /** The largest transcript file loaded when no limit is given: 16 MB, some 100 hours of speech. */
    public static final long DEFAULT_MAX_BYTES = 16L << 20;

    /**
     * @param jobs     how many documents are read and extracted at once (at least 1)
     * @param force    extract files again even when their content is unchanged
     * @param maxBytes files larger than this are reported and not read: one document is held in memory whole
     */
    public BatchLoader(ClaimGraph cg, Store store, int jobs, boolean force, long maxBytes) {
        if (jobs < 1) throw new IllegalArgumentException("--jobs must be at least 1");
        this.cg = cg;
        this.store = store;
        this.jobs = jobs;
        this.force = force;
        this.maxBytes = maxBytes;
    }

    public BatchLoader(ClaimGraph cg, Store store, int jobs, boolean force) {
        this(cg, store, jobs, force, DEFAULT_MAX_BYTES);
    }

    /**
     * The files to load from the paths given: a file as it is, a folder's transcript files recursively (hidden
     * files and files whose extension no reader claims are left out), in name order.
     *
     * @throws InputException when a path does not exist
     */
    public static List<Source> sources(List<Path> paths) throws InputException {
        TranscriptFormats formats = TranscriptFormats.installed();
        List<Source> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    List<Path> files = walk.filter(Files::isRegularFile)
                            .filter(f -> !isHidden(p.relativize(f)))
                            .filter(formats::takesFromFolder)
                            .sorted().toList();
                    for (Path f : files) {
                        String name = p.relativize(f).toString().replace('\\', '/');
                        out.add(new Source(f, name, size(f)));
                    }
                } catch (IOException | UncheckedIOException e) {
                    throw new InputException(p.toString(), "cannot be listed (" + e.getMessage() + ")", "Check the folder's permissions");
                }
            } else if (Files.exists(p)) {
                Path name = p.getFileName();
                out.add(new Source(p, name == null ? p.toString() : name.toString(), size(p)));
            } else {
                throw new InputException(p.toString(), "no such file or folder", "Check the path");
            }
        }
        return out;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) if (part.toString().startsWith(".")) return true;
        return false;
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Loads the sources; every file is reported to the listener, and the store keeps every transcript that loaded. */
    public Summary load(List<Source> sources, Listener listener) {
        long t0 = System.nanoTime();
        listener.planned(sources.size(), sources.stream().mapToLong(Source::bytes).sum());
        int loaded = 0, skipped = 0, failed = 0;
        long chars = 0;
        ExecutorService pool = Executors.newFixedThreadPool(jobs, new WorkerThreads());
        try {
            CompletionService<Work> done = new ExecutorCompletionService<>(pool);
            int next = 0, running = 0;
            boolean vocabularyWritten = false;
            while (next < sources.size() || running > 0) {
                // Keep every worker busy and at most one finished document waiting: memory stays flat.
                while (next < sources.size() && running < jobs + 1) {
                    Source s = sources.get(next++);
                    done.submit(() -> work(s));
                    running++;
                }
                Work w = take(done);
                running--;
                Outcome outcome = w.outcome();
                if (w.graph() != null) {
                    try {
                        store.replaceSource(cg.iris(), vocabularyWritten ? null : cg.vocabularyGraph(), w.graph(), w.record());
                        vocabularyWritten = true;
                    } catch (RuntimeException e) {
                        outcome = new Outcome(outcome.source(), Status.FAILED, outcome.source().file()
                                + ": could not be written to the database (" + e.getMessage() + "). Nothing of it was stored", 0, 0, 0);
                    }
                }
                switch (outcome.status()) {
                    case LOADED -> { loaded++; chars += outcome.characters(); }
                    case SKIPPED -> skipped++;
                    case FAILED -> failed++;
                }
                listener.finished(outcome);
            }
        } finally {
            pool.shutdownNow();
        }
        long[] counts = store.claimAndEntityCounts();
        return new Summary(loaded, skipped, failed, chars, counts[0], counts[1], (System.nanoTime() - t0) / 1e9);
    }

    /** A worker's result: the outcome, and for a loaded file the graph and manifest record still to be written. */
    private record Work(Outcome outcome, NamedGraph graph, SourceRecord record) {}

    private Work work(Source s) {
        if (s.bytes() > maxBytes) {
            return new Work(new Outcome(s, Status.FAILED, String.format(java.util.Locale.ROOT,
                    "%s: is %.1f MB, over the limit of %.1f MB per transcript. Split it, or raise the limit with --max-size"
                            + " (and the heap: CLAIMGRAPH_HEAP=-Xmx8g). Nothing of it was stored.",
                    s.file(), s.bytes() / 1048576.0, maxBytes / 1048576.0), 0, 0, 0), null, null);
        }
        try {
            Transcript t = cg.read(s.file(), s.name());
            Node name = NodeFactory.createURI(cg.iris().transcript(t.sourceName()));
            if (!force && t.contentHash().equals(store.storedHash(cg.iris(), name))) {
                return new Work(new Outcome(s, Status.SKIPPED, "unchanged since it was last loaded", 0, 0, 0), null, null);
            }
            ClaimGraph.Extracted x = cg.extractWithCounts(t);
            SourceRecord record = cg.sourceRecord(t, s.bytes());
            long chars = t.text().codePointCount(0, t.text().length());
            return new Work(new Outcome(s, Status.LOADED, null, chars, x.claims(), x.mentions()), x.graph(), record);
        } catch (InputException e) {
            String m = e.getMessage();
            return new Work(new Outcome(s, Status.FAILED, m + (m.endsWith(".") ? "" : ".") + " Nothing of it was stored.", 0, 0, 0), null, null);
        } catch (RuntimeException | OutOfMemoryError e) {
            String why = e instanceof OutOfMemoryError ? "ran out of memory (give more heap: CLAIMGRAPH_HEAP=-Xmx6g)" : String.valueOf(e.getMessage());
            return new Work(new Outcome(s, Status.FAILED, s.file() + ": extraction failed (" + why + "). Nothing of it was stored.", 0, 0, 0), null, null);
        }
    }

    private static Work take(CompletionService<Work> done) {
        try {
            return done.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Daemon worker threads, so an interrupted load does not keep the JVM alive. */
    private static final class WorkerThreads implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger n = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "claimgraph-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
