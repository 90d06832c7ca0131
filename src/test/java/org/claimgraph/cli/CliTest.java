package org.claimgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.claimgraph.Sample;
import org.claimgraph.TestData;
import org.claimgraph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The real CLI, in this JVM, with the real pipeline, store and files. */
class CliTest {
    private static final String SAMPLE = Sample.FILE.toString();

    @Test
    void helpListsTheCommandsAndEachCommandHasItsOwnHelp() {
        Cli help = Cli.run("--help");
        assertEquals(0, help.status());
        for (String cmd : List.of("extract", "load", "serve", "query", "validate", "eval", "tokens")) assertTrue(help.out().contains(cmd), cmd);
        Cli extractHelp = Cli.run("extract", "--help");
        assertEquals(0, extractHelp.status());
        assertTrue(extractHelp.out().contains("--format") && extractHelp.out().contains("trig, nq or jsonld"), extractHelp.out());
        assertTrue(Cli.run("serve", "--help").out().contains("--port"));
        assertTrue(Cli.run("--version").out().startsWith("claimgraph "));
    }

    @Test
    void usageErrorsExitWith2() {
        assertEquals(2, Cli.run("frobnicate").status());
        assertEquals(2, Cli.run("extract").status(), "extract needs a file");
        assertEquals(2, Cli.run("extract", SAMPLE, "--format", "xml").status());
        assertEquals(2, Cli.run("query", "q.rq", "--db", "a", "--data", "b").status(), "--db and --data exclude each other");
    }

    @Test
    void extractPrintsTrigWithTheTranscriptsNamedGraph() {
        Cli r = Cli.run("extract", SAMPLE, "--quiet");
        assertEquals(0, r.status(), r.err());
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(r.out(), Lang.TRIG).parse(dsg);
        assertEquals(List.of(Sample.graph().name(), org.apache.jena.graph.NodeFactory.createURI(Sample.IRIS.aggregatesGraph())), iterToList(dsg));
        assertTrue(dsg.getGraph(Sample.graph().name()).contains(NodeFactory.createURI("http://localhost:3030/entity/ChatGPT"),
                NodeFactory.createURI("https://w3id.org/claimgraph/ns#basedOn"), NodeFactory.createURI("http://localhost:3030/entity/GPT-3.5")));
    }

    @Test
    void extractWritesJsonLdAndNQuadsToAFile(@TempDir Path dir) throws Exception {
        Path jsonld = dir.resolve("out.jsonld");
        assertEquals(0, Cli.run("extract", SAMPLE, "-q", "--format", "jsonld", "-o", jsonld.toString()).status());
        DatasetGraph fromJsonld = DatasetGraphFactory.create();
        RDFParser.source(jsonld).lang(Lang.JSONLD).parse(fromJsonld);
        Path nq = dir.resolve("out.nq");
        assertEquals(0, Cli.run("extract", SAMPLE, "-q", "--format", "nq", "-o", nq.toString()).status());
        DatasetGraph fromNq = DatasetGraphFactory.create();
        RDFParser.source(nq).lang(Lang.NQUADS).parse(fromNq);
        assertEquals(TestData.quadCount(fromNq), TestData.quadCount(fromJsonld));
        assertTrue(TestData.quadCount(fromNq) > 1000);
    }

    @Test
    void queryWithDataPrintsSparqlJsonResultsWithTheContractVariables() throws Exception {
        Cli r = Cli.run("query", "queries/claims.rq", "--data", SAMPLE, "--format", "json", "-q");
        assertEquals(0, r.status(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        List<String> vars = new ArrayList<>();
        json.path("head").path("vars").forEach(v -> vars.add(v.asText()));
        assertEquals(List.of("claim", "subject", "subjectLabel", "relation", "object", "objectLabel", "certainty", "polarity",
                "start", "end", "quote", "source"), vars);
        JsonNode rows = json.path("results").path("bindings");
        assertTrue(rows.size() >= 25, r.out());
        String text = Sample.text();
        for (JsonNode row : rows) {
            int start = row.path("start").path("value").asInt();
            int end = row.path("end").path("value").asInt();
            assertEquals("http://www.w3.org/2001/XMLSchema#integer", row.path("start").path("datatype").asText());
            assertEquals(text.substring(start, end), row.path("quote").path("value").asText(), "quote at " + start);
            assertEquals("http://localhost:3030/transcript/ai-panel-2023.zh.txt", row.path("source").path("value").asText());
        }
    }

    @Test
    void queryTextCsvAndErrors(@TempDir Path dir) {
        Cli csv = Cli.run("query", "PREFIX cg: <https://w3id.org/claimgraph/ns#> SELECT ?y { ?x cg:developedBy ?y }",
                "--data", SAMPLE, "--format", "csv", "-q");
        assertEquals(0, csv.status(), csv.err());
        assertEquals(List.of("y", "http://localhost:3030/entity/DeepMind"), csv.out().lines().toList());

        Cli bad = Cli.run("query", "SELEC ?x {", "--data", SAMPLE, "-q");
        assertEquals(1, bad.status());
        assertTrue(bad.errors().get(0).contains("not valid SPARQL"), bad.err());

        Cli noDb = Cli.run("query", "queries/claims.rq", "--db", dir.resolve("none").toString());
        assertEquals(1, noDb.status());
        assertTrue(noDb.errors().get(0).contains("there is no database"), noDb.err());

        Cli noFile = Cli.run("query", "queries/nope.rq", "--data", SAMPLE);
        assertEquals(1, noFile.status());
        assertTrue(noFile.errors().get(0).contains("queries/nope.rq: no such query file"), noFile.err());
    }

    @Test
    void evalPrintsPrecisionRecallAndPerRelationScores() {
        Cli r = Cli.run("eval", "--gold", "src/test/resources/gold/ai-panel-2023.zh.gold.json", SAMPLE, "-q", "-v");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("claims: 59 in gold, "), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("basedOn\\s+1\\s+1\\s+1\\s+1\\.000\\s+1\\.000\\s+1\\.000")), r.out());
        assertTrue(r.out().contains("missed (in gold, not extracted):"));
        Cli missingGold = Cli.run("eval", "--gold", "nope.json", SAMPLE, "-q");
        assertEquals(1, missingGold.status());
        assertTrue(missingGold.errors().get(0).contains("nope.json"), missingGold.err());
        assertEquals(2, Cli.run("eval", SAMPLE).status(), "--gold is required");
    }

    @Test
    void tokensShowsWhatTheRulesMatchOn() {
        Cli r = Cli.run("tokens", SAMPLE, "-q");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("GPT3.5/NR{GPT-3.5:Model}"), r.out().substring(0, 500));
    }

    @Test
    void validateReportsConformanceOfTheSample() {
        Cli r = Cli.run("validate", "--data", SAMPLE, "-q");
        assertEquals(0, r.status(), r.out() + r.err());
        assertEquals("conforms: " + SAMPLE + " (1 transcript)", r.out().strip());
    }

    @Test
    void loadingTwiceReplacesTheGraphAndAddsNoDuplicates(@TempDir Path dir) {
        Path db = dir.resolve("db");
        assertEquals(0, Cli.run("load", SAMPLE, "--db", db.toString(), "-q").status());
        long once;
        try (Store store = Store.open(db)) {
            once = TestData.quadCount(store.dataset());
        }
        assertEquals(0, Cli.run("load", SAMPLE, "--db", db.toString(), "-q").status());
        try (Store store = Store.open(db)) {
            assertEquals(once, TestData.quadCount(store.dataset()));
            assertEquals(4, store.graphNames().size(), "the sample's graph, the vocabulary, manifest and aggregates graphs");
        }
        Cli validate = Cli.run("validate", "--db", db.toString(), "-q");
        assertEquals(0, validate.status(), validate.out());
    }

    @Test
    void badInputsGetOneLineNamingTheFileANonZeroExitAndLeaveTheStoreAsItWas(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        assertEquals(0, Cli.run("load", SAMPLE, "--db", db.toString(), "-q").status());
        DatasetGraph before;
        try (Store store = Store.open(db)) {
            before = TestData.snapshot(store.dataset());
        }
        Path missing = dir.resolve("missing.txt");
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(dir.resolve("audio.txt"), new byte[]{'I', 'D', '3', 4, 0, 0, 0, 0, 0x7f});
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "caf\u00e9 GPT".getBytes(StandardCharsets.ISO_8859_1));
        // The same transcript name as the sample: a failed reload must not delete the loaded graph.
        Path sampleNamed = Files.write(dir.resolve("ai-panel-2023.zh.txt"), new byte[]{(byte) 0xC3, 0x28});
        List<String> expected = List.of("no such file", "is empty", "looks like a binary file", "is not valid UTF-8", "is not valid UTF-8");
        List<Path> bad = List.of(missing, empty, binary, latin1, sampleNamed);
        for (int i = 0; i < bad.size(); i++) {
            Path file = bad.get(i);
            for (String command : List.of("load", "extract")) {
                Cli r = command.equals("load") ? Cli.run("load", file.toString(), "--db", db.toString(), "-q") : Cli.run("extract", file.toString(), "-q");
                assertEquals(1, r.status(), command + " " + file);
                assertEquals(1, r.errors().size(), r.err());
                String line = r.errors().get(0);
                assertTrue(line.startsWith("claimgraph: error: " + file + ": " + expected.get(i)), line);
                assertTrue(r.err().lines().count() == 1, "one line only: " + r.err());
                assertEquals("", r.out(), "nothing on standard output");
            }
        }
        try (Store store = Store.open(db)) {
            DatasetGraph after = TestData.snapshot(store.dataset());
            assertTrue(IsoMatcher.isomorphic(before, after), "the store is exactly as it was");
        }
    }

    @Test
    void aBadFileAmongGoodOnesIsReportedAndTheGoodOnesAreStillLoaded(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Cli r = Cli.run("load", empty.toString(), SAMPLE, "--db", db.toString(), "-q");
        assertEquals(3, r.status(), "partial failure");
        assertEquals(1, r.errors().size());
        try (Store store = Store.open(db)) {
            assertTrue(store.graphNames().contains(Sample.graph().name()));
        }
    }

    private static List<org.apache.jena.graph.Node> iterToList(DatasetGraph dsg) {
        List<org.apache.jena.graph.Node> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(names::add);
        return names;
    }
}
