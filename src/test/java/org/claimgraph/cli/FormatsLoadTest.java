package org.claimgraph.cli;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.claimgraph.rdf.IriScheme;
import org.claimgraph.store.SourceRecord;
import org.claimgraph.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A folder of transcripts in every format and encoding ClaimGraph reads (my own sentences), loaded by the real CLI
 * into a real store: claims from timed inputs carry their time range, claims from speaker turns their speaker,
 * English files give segments, speakers, times and mentions but no claims.
 */
class FormatsLoadTest {
    private static final IriScheme IRIS = IriScheme.defaults();
    @TempDir static Path dir;
    private static Path db;

    @BeforeAll
    static void load() throws Exception {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus.resolve("zh"));
        Files.createDirectories(corpus.resolve("en"));
        Files.writeString(corpus.resolve("zh/panel.srt"), """
                0
                0:00:01.000 --> 0:00:04.500
                大家好 今天聊聊大模型

                1
                0:00:04.500 --> 0:00:09.250
                其实code数据对reasoning能力很有帮助
                """, StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("zh/turns.json"), """
                [{"text": "然后Llama 2是Meta开源的", "start_time": "0:01:00", "end_time": "0:01:06", "speaker": "王磊"},
                 {"text": "我觉得GPT-4在很多benchmark上都比GPT-3.5好很多", "start_time": "0:01:06", "end_time": "0:01:12", "speaker": "Ada"}]
                """, StandardCharsets.UTF_8);
        Files.write(corpus.resolve("zh/gbk.txt"), "Stable Diffusion其实是基于diffusion model的\n".getBytes(Charset.forName("GB18030")));
        Files.writeString(corpus.resolve("en/talk.vtt"), """
                WEBVTT

                00:01.000 --> 00:04.000
                 GPT-4 was trained with RLHF by OpenAI.

                1:00:01.500 --> 1:00:03.000
                 Llama 2 is open.
                """, StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("en/interview.md"), """
                **Chris Benson:** Welcome. Today we talk about ChatGPT.

                **Ada Lovelace:** \\[05:33\\] I think GPT-4 is better than GPT-3.5.
                """, StandardCharsets.UTF_8);
        byte[] utf16 = "\uFEFFOpenAI released ChatGPT.\n".getBytes(StandardCharsets.UTF_16LE);
        Files.write(corpus.resolve("en/utf16.txt"), utf16);
        db = dir.resolve("db");
        Cli load = Cli.run("load", corpus.toString(), "--db", db.toString(), "--jobs", "2");
        assertEquals(0, load.status(), load.err());
    }

    private static List<QuerySolution> select(String query) {
        try (Store store = Store.open(db)) {
            return Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(PREFIXES + query).build()) {
                    // Copied inside the transaction: TDB2 bindings resolve their nodes lazily.
                    List<QuerySolution> rows = new ArrayList<>();
                    org.apache.jena.query.ResultSetFactory.copyResults(qe.execSelect()).forEachRemaining(rows::add);
                    return rows;
                }
            });
        }
    }

    private static final String PREFIXES = """
            PREFIX cg: <https://w3id.org/claimgraph/ns#> PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
            """;

    @Test
    void everyFileIsInTheManifestWithTheReaderAndEncodingItWasReadWith() {
        Map<String, String> readAs = new TreeMap<>();
        try (Store store = Store.open(db)) {
            for (SourceRecord r : store.sources(IRIS).values()) readAs.put(r.sourcePath(), r.readAs());
        }
        assertEquals(Map.of(
                "en/interview.md", "text/markdown, UTF-8",
                "en/talk.vtt", "text/vtt, UTF-8",
                "en/utf16.txt", "text/plain, UTF-16LE",
                "zh/gbk.txt", "text/plain, GB18030",
                "zh/panel.srt", "application/x-subrip, UTF-8",
                "zh/turns.json", "application/json, UTF-8"), readAs);
    }

    @Test
    void claimsFromSubtitlesCarryTheTimeRangeOfTheirCue() {
        List<QuerySolution> rows = select("""
                SELECT ?time ?quote WHERE {
                  ?claim rdf:subject <http://localhost:3030/entity/code-data> ; cg:hasEvidence ?ev .
                  ?ev oa:hasTarget ?t . ?t oa:hasSelector ?f , ?q .
                  ?f a oa:FragmentSelector ; rdf:value ?time . ?q oa:exact ?quote }""");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("t=4.5,9.25", rows.get(0).getLiteral("time").getString());
        assertTrue(rows.get(0).getLiteral("quote").getString().contains("code数据"));
    }

    @Test
    void claimsFromSpeakerTurnsAreAttributedToTheSpeaker() {
        List<QuerySolution> rows = select("""
                SELECT ?relation ?who ?time WHERE {
                  ?claim rdf:predicate ?relation ; cg:hasEvidence ?ev .
                  ?ev prov:wasAttributedTo ?speaker ; cg:speaker ?speaker ; oa:hasTarget/oa:hasSelector ?f .
                  ?f a oa:FragmentSelector ; rdf:value ?time .
                  ?speaker skos:prefLabel ?who }
                ORDER BY ?who""");
        List<String> got = rows.stream().map(r -> r.getResource("relation").getLocalName() + " " + r.getLiteral("who").getString()
                + " " + r.getLiteral("time").getString()).toList();
        assertEquals(List.of("outperforms Ada t=66,72", "developedBy 王磊 t=60,66"), got);
    }

    @Test
    void aGb18030TranscriptGivesTheSameClaimsAsUtf8() {
        List<QuerySolution> rows = select("""
                SELECT ?o WHERE { GRAPH <http://localhost:3030/transcript/zh/gbk.txt> {
                  <http://localhost:3030/entity/StableDiffusion> cg:basedOn ?o } }""");
        assertEquals(1, rows.size(), rows.toString());
    }

    @Test
    void englishFilesGiveSegmentsSpeakersTimesAndMentionsButNoClaims() {
        List<QuerySolution> claims = select("""
                SELECT ?claim WHERE { GRAPH ?g { ?claim a cg:Claim } FILTER (STRSTARTS(STR(?g), "http://localhost:3030/transcript/en/")) }""");
        assertEquals(List.of(), claims);
        List<QuerySolution> segments = select("""
                SELECT ?start ?who WHERE { GRAPH <http://localhost:3030/transcript/en/interview.md> {
                  ?s a cg:Segment ; cg:speaker/skos:prefLabel ?who . OPTIONAL { ?s cg:startTime ?start } } } ORDER BY ?who""");
        assertEquals(List.of("Ada Lovelace 333", "Chris Benson -"), segments.stream().map(r -> r.getLiteral("who").getString() + " "
                + (r.contains("start") ? r.getLiteral("start").getLexicalForm().replaceAll("\\.0$", "") : "-")).toList());
        List<QuerySolution> times = select("""
                SELECT ?start ?end WHERE { GRAPH <http://localhost:3030/transcript/en/talk.vtt> {
                  ?s a cg:Segment ; cg:startTime ?start ; cg:endTime ?end } } ORDER BY ?start""");
        assertEquals(3600 + 1.5, times.get(1).getLiteral("start").getDouble());
        List<QuerySolution> mentions = select("""
                SELECT ?e WHERE { GRAPH <http://localhost:3030/transcript/en/talk.vtt> { ?m itsrdf:taIdentRef ?e } }""");
        List<String> entities = mentions.stream().map(r -> r.getResource("e").getLocalName()).sorted().toList();
        assertTrue(entities.containsAll(List.of("GPT-4", "OpenAI", "RLHF")), entities.toString());
    }

    @Test
    void theStoreConformsToTheShapes() {
        Cli validate = Cli.run("validate", "--db", db.toString());
        assertEquals(0, validate.status(), validate.out());
        assertTrue(validate.out().contains("(6 transcripts)"), validate.out());
    }

    static Node uri(String s) { return NodeFactory.createURI(s); }
}
