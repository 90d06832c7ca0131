package org.claimgraph.cli;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.claimgraph.TestData;
import org.claimgraph.rdf.IriScheme;
import org.claimgraph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code kill -9} of a {@code claimgraph load} (a separate JVM) at several moments, from reading to the write
 * transaction: each time the database opens again, answers queries, and holds either exactly what it held before or
 * that plus the whole new transcript, never a part of it. English transcripts are used so that the child JVM does
 * not need the CoreNLP models and the kills land within seconds.
 */
class KillDuringLoadTest {
    private static final IriScheme IRIS = IriScheme.defaults();

    @Test
    void killDashNineDuringALoadLeavesThePreviousStateIntactAndQueryable(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        Path first = dir.resolve("first.txt");
        Files.writeString(first, "OpenAI released GPT-4 and ChatGPT.\n", StandardCharsets.UTF_8);
        assertEquals(0, Cli.run("load", first.toString(), "--db", db.toString(), "-q").status());

        // A big transcript: a few MB of English with many lexicon terms, so the extraction and the write take a while.
        Path big = dir.resolve("big.txt");
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 1_000_000; i++) {
            text.append("Line ").append(i).append(": GPT-4 and Llama 2 were trained on code data by OpenAI and Meta, and ChatGPT uses RLHF.\n");
        }
        Files.writeString(big, text, StandardCharsets.UTF_8);
        Node bigGraph = NodeFactory.createURI(IRIS.transcript("big.txt"));

        long before;
        long before0Labels;
        List<Node> graphsBefore;
        try (Store store = Store.open(db)) {
            before = TestData.quadCount(store.dataset());
            graphsBefore = store.graphNames();
            before0Labels = labelsSaying(store, "openai");
            assertTrue(before0Labels > 0, "OpenAI's labels in the vocabulary and the first transcript");
        }
        // Kill while reading and extracting (after a fixed delay), then three times once the write transaction has
        // started to grow the database files, at different points of it.
        long[][] moments = {{400, -1}, {0, 0}, {0, 150}, {0, 600}};
        List<String> outcomes = new ArrayList<>();
        for (long[] moment : moments) {
            long dbSize = folderSize(db);
            Process p = startLoad(db, big);
            List<String> output = new ArrayList<>();
            CompletableFuture.runAsync(() -> drain(p, output));
            String when;
            if (moment[1] < 0) {
                Thread.sleep(moment[0]);
                when = "after " + moment[0] + " ms";
            } else {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (folderSize(db) <= dbSize && p.isAlive() && System.nanoTime() < deadline) Thread.sleep(5);
                Thread.sleep(moment[1]);
                when = moment[1] + " ms into the write";
            }
            boolean finishedFirst = !p.isAlive();
            p.destroyForcibly();  // SIGKILL on Linux: no shutdown hooks, no finally blocks
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            List<String> reopened = new ArrayList<>();
            try (Store store = Store.open(db, reopened::add)) {
                // The text index is committed after TDB2: whatever the kill left, the store opens with an index that
                // finds exactly the labels the data holds (rebuilt on the spot if the kill fell between the commits).
                assertEquals(labelsSaying(store, "openai"), textHits(store, "openai"), "the text index agrees with the data");
                long now = TestData.quadCount(store.dataset());
                boolean hasBig = store.graphNames().contains(bigGraph);
                boolean inManifest = store.sources(IRIS).containsKey(bigGraph);
                assertEquals(hasBig, inManifest, "graph and manifest entry are written together");
                if (!hasBig) {
                    assertEquals(before, now, "killed before the commit: the store is exactly as before");
                    assertEquals(graphsBefore, store.graphNames());
                }
                long mentions = countMentionsOf(store, "GPT-4");
                if (hasBig) assertTrue(mentions > 1000, "the whole new transcript: " + mentions);
                else assertEquals(1, mentions, "only the first transcript's mention");
                outcomes.add(when + ": " + (finishedFirst ? "finished" : "killed") + ", new transcript " + (hasBig ? "stored whole" : "absent")
                        + (reopened.isEmpty() ? "" : ", text index rebuilt"));
                if (hasBig) {
                    store.removeSource(IRIS, bigGraph);
                    assertEquals(before, TestData.quadCount(store.dataset()));
                }
            }
        }
        // The store still takes a whole load after all that.
        Cli load = Cli.run("load", big.toString(), "--db", db.toString(), "-q");
        assertEquals(0, load.status(), load.err());
        try (Store store = Store.open(db)) {
            assertTrue(store.graphNames().contains(bigGraph));
            assertTrue(TestData.quadCount(store.dataset()) > before);
            long labels = labelsSaying(store, "openai");
            assertTrue(labels > before0Labels, "the big transcript's labels of OpenAI too: " + labels);
            assertEquals(labels, textHits(store, "openai"), "every one of them indexed");
        }
        System.out.println("kill -9 during load: " + outcomes);
    }

    private static long folderSize(Path dir) throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    /** A SPARQL query over the reopened store: it must answer. */
    private static long countMentionsOf(Store store, String entity) {
        String q = "SELECT (COUNT(*) AS ?n) { ?m <http://www.w3.org/2005/11/its/rdf#taIdentRef> <" + IRIS.entityNamespace() + entity + "> }";
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(q).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    /** The number of labels (in any graph: one index entry each) that contain {@code word}, from the data. */
    private static long labelsSaying(Store store, String word) {
        return count(store, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?l } VALUES ?p { <http://www.w3.org/2000/01/rdf-schema#label> "
                + "<http://www.w3.org/2004/02/skos/core#prefLabel> <http://www.w3.org/2004/02/skos/core#altLabel> } "
                + "FILTER(CONTAINS(LCASE(STR(?l)), \"" + word + "\")) }");
    }

    /** The number of labels the text index finds for {@code word}. */
    private static long textHits(Store store, String word) {
        return count(store, "PREFIX text: <http://jena.apache.org/text#> SELECT (COUNT(*) AS ?n) { ?s text:query (<http://www.w3.org/2000/01/rdf-schema#label> \""
                + word + "\" 200000) }");
    }

    private static long count(Store store, String q) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(q).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private static Process startLoad(Path db, Path file) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", classpath, Main.class.getName(), "load", file.toString(), "--db", db.toString())
                .redirectErrorStream(true).start();
    }

    private static void drain(Process p, List<String> output) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                synchronized (output) {
                    output.add(line);
                }
            }
        } catch (java.io.IOException e) {
            // the process was killed
        }
    }
}
