package org.claimgraph.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.claimgraph.rdf.IriScheme;
import org.claimgraph.rdf.NamedGraph;
import org.claimgraph.rdf.OA;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The Lucene text index beside a real TDB2 store: written in the same transactions by Store's writes (replace, remove,
 * a failed write), found by SPARQL's text:query in Chinese and English, and rebuilt on open when it is missing or
 * does not match the data (a database from before the index, a crash between TDB2's commit and the index's).
 */
class TextIndexTest {
    private static final IriScheme IRIS = IriScheme.defaults();
    private static final Node TALK = NodeFactory.createURI(IRIS.transcript("talk.txt"));
    private static final Node PANEL = NodeFactory.createURI(IRIS.transcript("panel.txt"));
    private static final String LONG_QUOTE_HIT = IRIS.transcript("talk.txt") + "#evidence-11111111-30-140-quote";
    private static final String SHORT_QUOTE_HIT = IRIS.transcript("talk.txt") + "#evidence-11111111-0-26-quote";
    private static final String PANEL_QUOTE_HIT = IRIS.transcript("panel.txt") + "#evidence-fedcba98-27-47-quote";

    /** The named graphs of a TriG test file, under the default base. */
    static List<NamedGraph> graphs(String trig) {
        DatasetGraph parsed = DatasetGraphFactory.create();
        RDFParser.source(Path.of("src/test/resources", trig)).lang(Lang.TRIG).base(IRIS.base()).parse(parsed);
        List<NamedGraph> out = new ArrayList<>();
        parsed.listGraphNodes().forEachRemaining(g -> out.add(new NamedGraph(g, parsed.getGraph(g))));
        return out;
    }

    private static NamedGraph talk() { return graphs("search/talk.trig").get(0); }
    private static NamedGraph panel() { return graphs("server/linked-data.trig").get(0); }

    private static SourceRecord record(String name) {
        return new SourceRecord(name, "0".repeat(64), 1, "text/plain, UTF-8", Instant.EPOCH, "test");
    }

    /** The subjects text:query finds for a Lucene query over one indexed predicate, best first. */
    static List<String> search(DatasetGraph dsg, Node predicate, String lucene) {
        String q = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s ?score { (?s ?score) text:query (<" + predicate.getURI()
                + "> \"" + lucene.replace("\\", "\\\\").replace("\"", "\\\"") + "\") } ORDER BY DESC(?score) ?s";
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(q).build()) {
                List<String> out = new ArrayList<>();
                qe.execSelect().forEachRemaining((QuerySolution s) -> out.add(s.getResource("s").getURI()));
                return out;
            }
        });
    }

    private static long luceneEntries(Path db) throws Exception {
        try (var dir = FSDirectory.open(DatasetDescription.indexDir(db)); var reader = DirectoryReader.open(dir)) {
            return reader.numDocs();
        }
    }

    @Test
    void aChineseWordInsideAQuoteAndAnEnglishWordFindTheQuotes(@TempDir Path db) {
        try (Store store = Store.open(db)) {
            store.replaceSource(IRIS, null, talk(), record("talk.txt"));
            store.replaceGraphs(List.of(panel()));
            DatasetGraph dsg = store.dataset();
            // 代码数据 is two words to the analyzer (代码 数据); as a phrase it finds both quotes that have it, inside
            // longer Chinese text, and nothing else.
            assertEquals(List.of(SHORT_QUOTE_HIT, LONG_QUOTE_HIT).stream().sorted().toList(),
                    search(dsg, OA.exact, "\"代码数据\"").stream().sorted().toList());
            assertEquals(List.of(PANEL_QUOTE_HIT), search(dsg, OA.exact, "\"多模态\""));
            // "reasoning" is stemmed to "reason" on both sides, inside Chinese text with no space before it.
            assertEquals(List.of(PANEL_QUOTE_HIT, SHORT_QUOTE_HIT).stream().sorted().toList(),
                    search(dsg, OA.exact, "reasoning").stream().sorted().toList());
            assertEquals(List.of(LONG_QUOTE_HIT), search(dsg, OA.exact, "\"推理能力\" AND github"));
            // Labels: Chinese and English preferred labels, the default field.
            assertTrue(search(dsg, org.apache.jena.vocabulary.RDFS.label.asNode(), "\"代码数据\"").contains(IRIS.entityNamespace() + "code-data"));
            assertTrue(search(dsg, org.apache.jena.vocabulary.SKOS.prefLabel.asNode(), "推理能力").contains(IRIS.entityNamespace() + "reasoning"));
            // Misheard forms are a field of their own, searched only when asked for.
            assertEquals(List.of(IRIS.entityNamespace() + "DALL-E"), search(dsg, org.apache.jena.vocabulary.SKOS.hiddenLabel.asNode(), "达利"));
            assertFalse(search(dsg, org.apache.jena.vocabulary.RDFS.label.asNode(), "达利").contains(IRIS.entityNamespace() + "DALL-E"));
        }
    }

    @Test
    void theUnionDefaultGraphStillWorksOverTheIndexedDataset(@TempDir Path db) {
        try (Store store = Store.open(db)) {
            store.replaceGraphs(List.of(talk(), panel()));
            long improves = Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset()))
                        .query("SELECT (COUNT(*) AS ?n) { ?x <https://w3id.org/claimgraph/ns#improves> ?y }").build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertEquals(1, improves, "panel.txt's asserted triple, with no GRAPH clause");
        }
    }

    @Test
    void replacingAndRemovingATranscriptChangeTheIndexInTheSameTransaction(@TempDir Path db) throws Exception {
        try (Store store = Store.open(db)) {
            store.replaceSource(IRIS, null, talk(), record("talk.txt"));
            store.replaceSource(IRIS, null, panel(), record("panel.txt"));
            long entries = luceneEntries(db);
            store.replaceSource(IRIS, null, talk(), record("talk.txt"));
            assertEquals(entries, luceneEntries(db), "loading the same graph again adds no second entry");

            // A new version of talk.txt without the long quote: its entry goes, the rest stays.
            NamedGraph changed = talk();
            changed.graph().find(Node.ANY, OA.exact, Node.ANY).toList().stream()
                    .filter(t -> t.getSubject().getURI().equals(LONG_QUOTE_HIT)).forEach(changed.graph()::delete);
            store.replaceSource(IRIS, null, changed, record("talk.txt"));
            assertEquals(List.of(SHORT_QUOTE_HIT), search(store.dataset(), OA.exact, "\"代码数据\""));
            assertEquals(entries - 1, luceneEntries(db));

            // Remove (deleteAny on the graph, through the text dataset): the transcript's quotes and labels are gone.
            assertTrue(store.removeSource(IRIS, TALK));
            assertEquals(List.of(), search(store.dataset(), OA.exact, "\"代码数据\""));
            assertEquals(List.of(PANEL_QUOTE_HIT), search(store.dataset(), OA.exact, "reasoning"));
            assertEquals(List.of(), search(store.dataset(), org.apache.jena.vocabulary.SKOS.hiddenLabel.asNode(), "达利"));
            long panelOnly = luceneEntries(db);
            assertTrue(panelOnly > 0 && panelOnly < entries - 1, panelOnly + " of " + entries);
        }
        List<String> log = new ArrayList<>();
        try (Store store = Store.open(db, log::add)) {
            assertEquals(List.of(), log, "the index matches the data: no rebuild");
            assertEquals(List.of(PANEL_QUOTE_HIT), search(store.dataset(), OA.exact, "reasoning"));
        }
    }

    @Test
    void aFailedWriteLeavesTheIndexAsItWas(@TempDir Path db) throws Exception {
        try (Store store = Store.open(db)) {
            store.replaceGraphs(List.of(panel()));
            long entries = luceneEntries(db);
            NamedGraph broken = new NamedGraph(PANEL, null);
            assertThrows(RuntimeException.class, () -> store.replaceGraphs(List.of(talk(), broken)));
            assertEquals(entries, luceneEntries(db));
            assertEquals(List.of(), search(store.dataset(), OA.exact, "\"代码数据\""), "talk.txt was rolled back, its quotes too");
            assertEquals(List.of(PANEL_QUOTE_HIT), search(store.dataset(), OA.exact, "\"多模态\""), "panel.txt is still found");
        }
    }

    @Test
    void aMissingIndexIsRebuiltOnOpenAndSaysSo(@TempDir Path db) throws Exception {
        try (Store store = Store.open(db)) {
            store.replaceGraphs(List.of(talk(), panel()));
        }
        long entries = luceneEntries(db);
        deleteFolder(DatasetDescription.indexDir(db));
        List<String> log = new ArrayList<>();
        try (Store store = Store.open(db, log::add)) {
            assertEquals(2, log.size(), log.toString());
            assertTrue(log.get(0).contains("text index") && log.get(0).contains("out of date"), log.get(0));
            assertTrue(log.get(1).startsWith("text index rebuilt: " + entries + " labels and quotes"), log.get(1));
            assertEquals(entries, luceneEntries(db));
            assertEquals(List.of(PANEL_QUOTE_HIT), search(store.dataset(), OA.exact, "\"多模态\""));
        }
    }

    /**
     * A process killed after TDB2's commit point and before the index's commit leaves the data changed and the index
     * not: done here by changing the TDB2 database directly, without the index, as a database made before this
     * version (with no index at all) is too.
     */
    @Test
    void anIndexBehindTheDataIsFoundOutOfDateAndRebuilt(@TempDir Path db) throws Exception {
        try (Store store = Store.open(db)) {
            store.replaceGraphs(List.of(panel()));
        }
        DatasetGraph raw = DatabaseMgr.connectDatasetGraph(db.toString());
        try {
            NamedGraph t = talk();
            Txn.executeWrite(raw, () -> {
                raw.deleteAny(PANEL, Node.ANY, Node.ANY, Node.ANY);
                t.graph().find().forEach(tr -> raw.add(t.name(), tr.getSubject(), tr.getPredicate(), tr.getObject()));
            });
        } finally {
            TDBInternal.expel(raw);
        }
        List<String> log = new ArrayList<>();
        try (Store store = Store.open(db, log::add)) {
            assertTrue(log.stream().anyMatch(l -> l.contains("out of date")), log.toString());
            assertEquals(List.of(SHORT_QUOTE_HIT, LONG_QUOTE_HIT).stream().sorted().toList(),
                    search(store.dataset(), OA.exact, "\"代码数据\"").stream().sorted().toList(), "the new data is found");
            assertEquals(List.of(), search(store.dataset(), OA.exact, "\"多模态\""), "the deleted data is not");
        }
        log.clear();
        try (Store store = Store.open(db, log::add)) {
            assertEquals(List.of(), log, "rebuilt once, then up to date");
        }
    }

    @Test
    void rebuildingOnRequestGivesTheSameIndex(@TempDir Path db) throws Exception {
        try (Store store = Store.open(db)) {
            store.replaceGraphs(List.of(talk(), panel()));
        }
        long entries = luceneEntries(db);
        List<String> log = new ArrayList<>();
        try (Store store = Store.openRebuildingIndex(db, log::add)) {
            assertEquals(1, log.size(), log.toString());
            assertEquals(entries, luceneEntries(db));
            assertEquals(List.of(PANEL_QUOTE_HIT), search(store.dataset(), OA.exact, "\"多模态\""));
        }
    }

    @Test
    void theStoreAndASecondUserInTheSameJvmShareOneIndex(@TempDir Path db) {
        try (Store first = Store.open(db); Store second = Store.open(db)) {
            assertSame(first.dataset(), second.dataset());
            first.replaceGraphs(List.of(panel()));
            assertEquals(List.of(PANEL_QUOTE_HIT), search(second.dataset(), OA.exact, "\"多模态\""));
        }
    }

    @Test
    void anInMemoryDatasetIsIndexedToo() {
        DatasetGraph dsg = Store.inMemoryDataset();
        NamedGraph t = talk();
        Txn.executeWrite(dsg, () -> t.graph().find().forEach(tr -> dsg.add(t.name(), tr.getSubject(), tr.getPredicate(), tr.getObject())));
        assertEquals(List.of(LONG_QUOTE_HIT), search(dsg, OA.exact, "github"));
    }

    private static void deleteFolder(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertFalse(Files.exists(dir));
    }
}
