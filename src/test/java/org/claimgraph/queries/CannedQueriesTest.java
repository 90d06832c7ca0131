package org.claimgraph.queries;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.claimgraph.Sample;
import org.claimgraph.app.ClaimGraph;
import org.claimgraph.rdf.CG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** Every file in queries/ runs against the sample, and each has assertions on its answer. */
class CannedQueriesTest {
    private static final Path DIR = Path.of("queries");
    private static final String E = "http://localhost:3030/entity/";
    private static DatasetGraph dataset;

    @BeforeAll
    static void load() {
        dataset = Sample.claimGraph().inMemoryDataset(List.of(Sample.claimGraph().vocabularyGraph(), Sample.graph()));
    }

    private static final Map<String, Consumer<List<QuerySolution>>> SELECT_EXPECTATIONS = Map.of(
            "claims.rq", rows -> {
                assertTrue(rows.size() >= 25, "rows: " + rows.size());
                QuerySolution first = rows.get(0);
                assertEquals(E + "ChatGPT", first.getResource("subject").getURI());
                assertEquals(E + "conversation-data", first.getResource("object").getURI());
                assertEquals(224, first.getLiteral("start").getInt());
                assertEquals(CG.asserted, first.getResource("certainty"));
                assertEquals(CG.positive, first.getResource("polarity"));
                String text = Sample.text();
                for (QuerySolution r : rows) {
                    assertEquals(text.substring(r.getLiteral("start").getInt(), r.getLiteral("end").getInt()), r.getLiteral("quote").getString());
                }
            },
            "claims-about-entity.rq", rows -> {
                QuerySolution improves = rows.stream().filter(r -> r.getResource("relation").equals(CG.improves)).findFirst().orElseThrow();
                assertEquals("subject", improves.getLiteral("role").getString());
                assertEquals(4, improves.getLiteral("supportCount").getInt());
                List<String> trainedOnCode = rows.stream().filter(r -> r.getResource("relation").equals(CG.trainedOn))
                        .map(r -> r.getLiteral("role").getString() + ":" + r.getLiteral("subjectLabel").getString()).sorted().toList();
                assertEquals(List.of("object:code advanced", "object:foundation model"), trainedOnCode);
            },
            "hedged-claims.rq", rows -> {
                assertTrue(rows.stream().noneMatch(r -> r.getResource("certainty").equals(CG.asserted)));
                assertTrue(rows.stream().anyMatch(r -> r.getResource("certainty").equals(CG.reported)
                        && r.getLiteral("subjectLabel").getString().equals("code data") && r.getLiteral("cue").getString().equals("听到")));
                assertTrue(rows.stream().anyMatch(r -> r.getResource("certainty").equals(CG.hedged)
                        && r.getLiteral("subjectLabel").getString().equals("video model") && r.getLiteral("cue").getString().equals("应该")));
            },
            "entities-by-mentions.rq", rows -> {
                assertEquals(E + "text", rows.get(0).getResource("entity").getURI(), "text is mentioned most");
                assertTrue(rows.get(0).getLiteral("mentions").getInt() >= 20);
                assertTrue(rows.stream().anyMatch(r -> r.getResource("entity").getURI().equals(E + "DALL-E") && r.getLiteral("mentions").getInt() == 1));
                assertTrue(rows.stream().allMatch(r -> r.getResource("type").getURI().startsWith(CG.NS)));
            },
            "entity-links.rq", rows -> {
                assertTrue(rows.size() >= 160, "rows: " + rows.size());
                QuerySolution chatgpt = rows.stream().filter(r -> r.getResource("entity").getURI().equals(E + "ChatGPT")
                        && r.getResource("target").getURI().equals("http://www.wikidata.org/entity/Q115564437")).findFirst().orElseThrow();
                assertEquals("ChatGPT", chatgpt.getLiteral("label").getString());
                assertEquals(0.95, chatgpt.getLiteral("confidence").getDouble(), 1e-9);
                assertTrue(chatgpt.getLiteral("sources").getString().contains("60421226587"), chatgpt.toString());
                assertTrue(rows.stream().anyMatch(r -> r.getResource("entity").getURI().equals(E + "ChatGPT")
                        && r.getResource("target").getURI().equals("http://dbpedia.org/resource/ChatGPT")));
                assertTrue(rows.stream().allMatch(r -> r.getLiteral("confidence").getDouble() >= 0 && r.getLiteral("confidence").getDouble() <= 1));
                assertEquals(rows.size(), rows.stream().map(r -> r.getResource("entity") + " " + r.getResource("target")).distinct().count(),
                        "one row per link");
            },
            "qualified-statements.rq", rows -> {
                QuerySolution chinese = rows.stream().filter(r -> r.contains("aspect")).filter(r -> r.getResource("relation").equals(CG.hasLimitation))
                        .findFirst().orElseThrow(() -> new AssertionError(rows));
                assertEquals(E + "Chinese", chinese.getResource("aspect").getURI(), "ChatGPT对于中文的文本的生成…问题: about Chinese");
                QuerySolution sizes = rows.stream().filter(r -> r.getResource("relation").equals(CG.outperforms)
                        && r.getLiteral("subjectLabel").getString().equals("large language model")).findFirst().orElseThrow();
                assertEquals(Set.of("几百m", "一个币", "上百币"), Set.of(sizes.getLiteral("quantities").getString().split(", ")));
                assertEquals(4, rows.stream().filter(r -> r.contains("year") && r.getLiteral("year").getLexicalForm().equals("2023")).count(),
                        "two predictions for 2023, each said twice");
                assertTrue(rows.stream().allMatch(r -> r.contains("aspect") || r.contains("year") || !r.getLiteral("quantities").getString().isEmpty()));
            },
            // The sample is one transcript: no claim has two sources. BatchLoadTest runs this query on two.
            "claims-in-several-sources.rq", rows -> assertEquals(List.of(), rows),
            // Full text, through the in-memory dataset's text index (ClaimGraph.inMemoryDataset indexes as a store does).
            "search.rq", rows -> {
                assertEquals(E + "code-data", rows.get(0).getResource("match").getURI(), "the entity's label scores best");
                double last = Double.MAX_VALUE;
                for (QuerySolution r : rows) {
                    assertTrue(r.getLiteral("text").getString().contains("代码数据"), "the phrase, whole: " + r);
                    assertTrue(r.getLiteral("score").getDouble() <= last, "best first");
                    last = r.getLiteral("score").getDouble();
                }
                List<QuerySolution> quotes = rows.stream().filter(r -> r.contains("evidence")).toList();
                assertTrue(quotes.size() >= 4, "the quotes that say 代码数据: " + quotes.size());
                assertTrue(quotes.stream().allMatch(r -> r.getResource("source").getURI().equals(Sample.graph().name().getURI())));
                assertTrue(quotes.stream().anyMatch(r -> r.getLiteral("text").getString().equals("code代码数据训练肯定是能帮助reasoning")));
            },
            "claims-by-relation.rq", rows -> {
                Map<String, int[]> byRelation = new java.util.HashMap<>();
                rows.forEach(r -> byRelation.put(r.getResource("relation").getLocalName(),
                        new int[]{r.getLiteral("claims").getInt(), r.getLiteral("statements").getInt()}));
                assertArrayEquals(new int[]{8, 12}, byRelation.get("improves"));
                assertArrayEquals(new int[]{4, 4}, byRelation.get("interleaves"));
                assertArrayEquals(new int[]{1, 1}, byRelation.get("basedOn"));
                assertTrue(byRelation.keySet().containsAll(Set.of("improves", "interleaves", "basedOn", "developedBy", "dominates",
                        "trainedOn", "hasVersion", "outperforms", "hasLimitation", "requires", "enables", "predictedFor", "states")), byRelation.toString());
            });

    private static final Map<String, Consumer<Model>> GRAPH_EXPECTATIONS = Map.of(
            "asserted-graph.rq", m -> {
                assertTrue(m.contains(m.createResource(E + "ChatGPT"), CG.basedOn, m.createResource(E + "GPT-3.5")));
                assertTrue(m.contains(m.createResource(E + "Flamingo"), CG.interleaves, m.createResource(E + "image-data")));
                assertTrue(m.contains(m.createResource(E + "Flamingo"), ResourceFactory.createProperty("http://www.w3.org/2000/01/rdf-schema#label")));
                assertFalse(m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, CG.Claim).hasNext(), "no claim nodes in the picture");
                assertFalse(m.contains(m.createResource(E + "vision-model"), CG.enables, m.createResource(E + "self-driving")),
                        "a negative claim is no asserted triple");
            });

    @Test
    void everyQueryFileStartsWithTheQuestionItAnswersAndHasExpectations() throws IOException {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> s = Files.list(DIR)) {
            s.filter(p -> p.toString().endsWith(".rq")).forEach(p -> files.add(p.getFileName().toString()));
        }
        Set<String> covered = new TreeSet<>(SELECT_EXPECTATIONS.keySet());
        covered.addAll(GRAPH_EXPECTATIONS.keySet());
        assertEquals(covered, files, "each query in queries/ needs an expectation here");
        for (String f : files) {
            String first = Files.readAllLines(DIR.resolve(f)).get(0);
            assertTrue(first.startsWith("# ") && first.endsWith("?"), f + " starts with the question it answers: " + first);
        }
    }

    @Test
    void everySelectQueryAnswersAsExpectedOnTheSample() throws IOException {
        for (var e : SELECT_EXPECTATIONS.entrySet()) {
            Query q = QueryFactory.create(Files.readString(DIR.resolve(e.getKey())));
            Txn.executeRead(dataset, () -> {
                try (QueryExecution qe = QueryExecution.create(q, DatasetFactory.wrap(dataset))) {
                    List<QuerySolution> rows = new ArrayList<>();
                    qe.execSelect().forEachRemaining(rows::add);
                    try {
                        e.getValue().accept(rows);
                    } catch (AssertionError err) {
                        throw new AssertionError(e.getKey() + ": " + err.getMessage() + " rows=" + rows, err);
                    }
                }
            });
        }
    }

    @Test
    void theConstructQueryGivesTheAssertedGraphForVisualisation() throws IOException {
        for (var e : GRAPH_EXPECTATIONS.entrySet()) {
            Query q = QueryFactory.create(Files.readString(DIR.resolve(e.getKey())));
            Model m = Txn.calculateRead(dataset, () -> {
                try (QueryExecution qe = QueryExecution.create(q, DatasetFactory.wrap(dataset))) {
                    return qe.execConstruct();
                }
            });
            e.getValue().accept(m);
        }
    }
}
