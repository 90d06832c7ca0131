package org.claimgraph.cli;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.claimgraph.TestData;
import org.claimgraph.extract.Polarity;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.IriScheme;
import org.claimgraph.store.SourceRecord;
import org.claimgraph.store.Store;
import org.claimgraph.util.DataFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code claimgraph load} on folders and {@code claimgraph remove}, with the real pipeline and a real TDB2 store:
 * one claim node across transcripts, skipping unchanged files, replacing changed ones, removing one, a bad file
 * among good ones, English files.
 */
class BatchLoadTest {
    private static final IriScheme IRIS = IriScheme.defaults();
    /** My own sentences: the first is in both transcripts, so its claim has a source in each. */
    private static final String SHARED = "其实code数据对reasoning能力很有帮助\n";
    private static final String A = SHARED + "然后Llama 2是Meta开源的\n";
    private static final String B = "我觉得GPT-4在很多benchmark上都比GPT-3.5好很多\n" + SHARED;

    private static final Node CODE_HELPS_REASONING = NodeFactory.createURI(IRIS.claim(
            IRIS.entityNamespace() + "code-data", "improves", IRIS.entityNamespace() + "reasoning", Polarity.POSITIVE));

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The values of one property of a node in the union of all graphs, as the endpoint shows them. */
    private static List<String> values(Store store, Node s, Node p) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            List<String> out = new ArrayList<>();
            dsg.getUnionGraph().find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject().getLiteralLexicalForm()));
            return out;
        });
    }

    @Test
    void aClaimMadeInTwoTranscriptsIsOneNodeWithEvidenceFromEachAndOneCount(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        write(corpus.resolve("a.txt"), A);
        write(corpus.resolve("talks/b.txt"), B);
        write(corpus.resolve("notes.pdf"), "not a transcript");
        write(corpus.resolve("README.md"), "# Our talks\n\nRecorded in 2023. See **talks/** for the files.\n");
        write(corpus.resolve(".hidden/c.txt"), A);
        Path db = dir.resolve("db");

        Cli load = Cli.run("load", corpus.toString(), "--db", db.toString(), "--jobs", "2");
        assertEquals(0, load.status(), load.err());
        assertTrue(load.err().contains("loading 2 files"), load.err());
        assertTrue(load.err().contains("2 loaded, 0 unchanged (skipped), 0 failed"), load.err());
        try (Store store = Store.open(db)) {
            Map<Node, SourceRecord> sources = store.sources(IRIS);
            assertEquals(List.of("a.txt", "talks/b.txt"), sources.values().stream().map(SourceRecord::sourcePath).toList());
            assertTrue(sources.containsKey(NodeFactory.createURI(IRIS.transcript("talks/b.txt"))));
            assertEquals(List.of("2"), values(store, CODE_HELPS_REASONING, CG.Nodes.supportCount), "one count in the union");
            assertEquals(List.of("2"), values(store, CODE_HELPS_REASONING, CG.Nodes.sourceCount));
            assertEquals(List.of(CG.NS + "asserted"), Txn.calculateRead(store.dataset(), () -> store.dataset().getUnionGraph()
                    .find(CODE_HELPS_REASONING, CG.Nodes.certainty, Node.ANY).mapWith(t -> t.getObject().getURI()).toList()));
            assertEquals(List.of("2"), values(store, NodeFactory.createURI(IRIS.entityNamespace() + "code-data"), CG.Nodes.mentionCount));

            String query = Files.readString(Path.of("queries/claims-in-several-sources.rq"));
            List<String> claims = new ArrayList<>();
            Txn.executeRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(store.dataset())).query(query).build()) {
                    ResultSet rs = qe.execSelect();
                    while (rs.hasNext()) {
                        QuerySolution row = rs.next();
                        claims.add(row.getResource("claim").getURI() + " " + row.getLiteral("sources").getInt());
                    }
                }
            });
            assertEquals(List.of(CODE_HELPS_REASONING.getURI() + " 2"), claims);
        }
        Cli validate = Cli.run("validate", "--db", db.toString());
        assertEquals(0, validate.status(), validate.out() + validate.err());
        assertTrue(validate.out().contains("(2 transcripts)"), validate.out());
    }

    @Test
    void unchangedFilesAreSkippedChangedOnesReplacedAndRemovedOnesGone(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        write(corpus.resolve("a.txt"), A);
        write(corpus.resolve("b.txt"), B);
        Path db = dir.resolve("db");
        assertEquals(0, Cli.run("load", corpus.toString(), "--db", db.toString()).status());

        Cli again = Cli.run("load", corpus.toString(), "--db", db.toString());
        assertEquals(0, again.status(), again.err());
        assertTrue(again.err().contains("skipped b.txt: unchanged"), again.err());
        assertTrue(again.err().contains("0 loaded, 2 unchanged (skipped)"), again.err());

        write(corpus.resolve("b.txt"), "我觉得GPT-4在很多benchmark上都比GPT-3.5好很多\n");
        Cli changed = Cli.run("load", corpus.toString(), "--db", db.toString());
        assertEquals(0, changed.status(), changed.err());
        assertTrue(changed.err().contains("1 loaded, 1 unchanged (skipped)"), changed.err());
        try (Store store = Store.open(db)) {
            assertEquals(List.of("1"), values(store, CODE_HELPS_REASONING, CG.Nodes.supportCount), "b no longer says it");
            assertEquals(List.of("1"), values(store, CODE_HELPS_REASONING, CG.Nodes.sourceCount));
            assertEquals(Map.of("a.txt", hash(corpus.resolve("a.txt")), "b.txt", hash(corpus.resolve("b.txt"))),
                    Map.of("a.txt", store.sources(IRIS).get(NodeFactory.createURI(IRIS.transcript("a.txt"))).contentHash(),
                            "b.txt", store.sources(IRIS).get(NodeFactory.createURI(IRIS.transcript("b.txt"))).contentHash()));
            SourceRecord b = store.sources(IRIS).get(NodeFactory.createURI(IRIS.transcript("b.txt")));
            assertEquals(Files.size(corpus.resolve("b.txt")), b.byteSize());
            assertEquals(DataFiles.version(), b.version());
        }

        Cli forced = Cli.run("load", corpus.resolve("a.txt").toString(), "--db", db.toString(), "--force");
        assertTrue(forced.err().contains("1 loaded, 0 unchanged"), forced.err());

        Cli remove = Cli.run("remove", "a.txt", "--db", db.toString());
        assertEquals(0, remove.status(), remove.err());
        try (Store store = Store.open(db)) {
            assertEquals(List.of(), values(store, CODE_HELPS_REASONING, CG.Nodes.supportCount));
            assertTrue(Txn.calculateRead(store.dataset(), () ->
                    !store.dataset().getUnionGraph().contains(CODE_HELPS_REASONING, Node.ANY, Node.ANY)), "the claim is gone with its only source");
            assertEquals(List.of("b.txt"), store.sources(IRIS).values().stream().map(SourceRecord::sourcePath).toList());
            assertFalse(store.graphNames().contains(NodeFactory.createURI(IRIS.transcript("a.txt"))));
        }
        Cli list = Cli.run("remove", "--list", "--db", db.toString());
        assertTrue(list.out().startsWith("b.txt\t"), list.out());
        Cli missing = Cli.run("remove", "a.txt", "--db", db.toString());
        assertEquals(1, missing.status());
        assertTrue(missing.errors().get(0).contains("no transcript a.txt"), missing.err());
    }

    @Test
    void aBadFileAmongGoodOnesIsReportedAndTheGoodOnesLoad(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        write(corpus.resolve("a.txt"), A);
        Files.write(corpus.resolve("broken.txt"), new byte[]{'G', 'P', 'T', 0, 1, 2, 3});
        write(corpus.resolve("empty.srt"), "");
        // 50 MB with no line break: over the default limit of 16 MB per transcript, reported without being read.
        byte[] line = "我觉得GPT-4的推理能力比GPT-3.5强很多 ".getBytes(StandardCharsets.UTF_8);
        try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(corpus.resolve("huge.txt")))) {
            for (long n = 0; n < 50L * 1024 * 1024; n += line.length) out.write(line);
        }
        Path db = dir.resolve("db");
        Cli load = Cli.run("load", corpus.toString(), "--db", db.toString());
        assertEquals(3, load.status(), "partial failure: " + load.err());
        assertTrue(load.err().contains("1 loaded, 0 unchanged (skipped), 3 failed"), load.err());
        assertTrue(load.errors().stream().anyMatch(e -> e.contains("huge.txt: is 50.0 MB, over the limit of 16.0 MB")), load.err());
        assertTrue(load.errors().stream().anyMatch(e -> e.contains("broken.txt") && e.contains("byte offset 3")), load.err());
        assertTrue(load.errors().stream().anyMatch(e -> e.contains("empty.srt") && e.contains("empty")), load.err());
        try (Store store = Store.open(db)) {
            assertEquals(List.of("a.txt"), store.sources(IRIS).values().stream().map(SourceRecord::sourcePath).toList());
        }

        Path onlyBad = dir.resolve("bad");
        Files.createDirectories(onlyBad);
        Files.write(onlyBad.resolve("x.json"), "{\"segments\": [".getBytes(StandardCharsets.UTF_8));
        write(onlyBad.resolve("broken.srt"), "1\n00:00:01,000 --> 00:00:0x,500\n大模型\n");
        DatasetGraph before;
        try (Store store = Store.open(db)) {
            before = TestData.snapshot(store.dataset());
        }
        Cli bad = Cli.run("load", onlyBad.toString(), "--db", db.toString());
        assertEquals(1, bad.status(), "nothing loaded: " + bad.err());
        assertTrue(bad.errors().stream().anyMatch(e -> e.contains("x.json") && e.contains("not valid JSON")), bad.err());
        assertTrue(bad.errors().stream().anyMatch(e -> e.contains("broken.srt") && e.contains("line 2")), bad.err());
        try (Store store = Store.open(db)) {
            assertTrue(org.apache.jena.sparql.util.IsoMatcher.isomorphic(before, TestData.snapshot(store.dataset())), "store unchanged");
        }
        assertEquals(1, Cli.run("load", dir.resolve("nowhere").toString(), "--db", db.toString()).status());
        assertEquals(2, Cli.run("load", corpus.toString(), "--jobs", "0", "--db", db.toString()).status());
    }

    @Test
    void englishTranscriptsLoadWithMentionsAndNoClaims(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("talk.txt");
        write(file, "I think GPT-4 is much better than GPT-3.5 at reasoning.\nOpenAI trained it on code.\n");
        Path db = dir.resolve("db");
        Cli load = Cli.run("load", file.toString(), "--db", db.toString());
        assertEquals(0, load.status(), load.err());
        assertTrue(load.err().contains("0 claims"), load.err());
        try (Store store = Store.open(db)) {
            Node graph = NodeFactory.createURI(IRIS.transcript("talk.txt"));
            boolean claims = Txn.calculateRead(store.dataset(), () -> store.dataset()
                    .contains(graph, Node.ANY, org.apache.jena.vocabulary.RDF.Nodes.type, CG.Nodes.Claim));
            assertFalse(claims);
            assertEquals(List.of("1"), values(store, NodeFactory.createURI(IRIS.entityNamespace() + "GPT-4"), CG.Nodes.mentionCount));
            assertEquals(List.of("1"), values(store, NodeFactory.createURI(IRIS.entityNamespace() + "OpenAI"), CG.Nodes.mentionCount));
        }
    }

    private static String hash(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
