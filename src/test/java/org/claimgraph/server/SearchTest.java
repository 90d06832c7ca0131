package org.claimgraph.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.claimgraph.rdf.NamedGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code GET /search} and SPARQL's text:query over real HTTP, on a real store holding the vocabulary (ontology and
 * lexicon), the server fixture's transcript (panel.txt) and the search fixture's (talk.txt, with Chinese and English
 * labels, long mixed quotes and a misheard form).
 */
class SearchTest {
    private static final String B = "http://localhost:3030/";
    private static final String CODE_CLAIM = B + "claim/1111111111111111";
    private static final String TALK = B + "transcript/talk.txt";
    private static final String SHORT_QUOTE = TALK + "#evidence-11111111-0-26";
    private static final String LONG_QUOTE = TALK + "#evidence-11111111-30-140";
    private static final String PANEL_QUOTE = B + "transcript/panel.txt#evidence-fedcba98-27-47";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Fixture fixture;

    @BeforeAll
    static void start() {
        fixture = Fixture.start(s -> s);
        fixture.store.replaceGraphs(List.of(talk()));
    }

    @AfterAll
    static void stop() {
        if (fixture != null) fixture.close();
    }

    private static NamedGraph talk() {
        DatasetGraph parsed = DatasetGraphFactory.create();
        RDFParser.source(Path.of("src/test/resources/search/talk.trig")).lang(Lang.TRIG).base(B).parse(parsed);
        var name = NodeFactory.createURI(TALK);
        return new NamedGraph(name, parsed.getGraph(name));
    }

    private static HttpResponse<String> get(String query) throws Exception {
        return fixture.get("/search?" + query, null);
    }

    /** The results for q, checked to be JSON of the contract, best first. */
    private static List<JsonNode> search(String q) throws Exception {
        HttpResponse<String> r = get("q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = JSON.readTree(r.body());
        assertEquals(q, body.path("query").asText());
        List<JsonNode> results = new ArrayList<>();
        body.path("results").forEach(results::add);
        double last = Double.MAX_VALUE;
        Set<String> iris = new HashSet<>();
        for (JsonNode n : results) {
            assertTrue(Set.of("entity", "claim", "evidence", "transcript").contains(n.path("kind").asText()), n.toString());
            assertTrue(n.path("score").isNumber() && n.path("score").asDouble() > 0, n.toString());
            assertTrue(n.path("score").asDouble() <= last, "ordered by score: " + results);
            last = n.path("score").asDouble();
            assertTrue(iris.add(n.path("iri").asText()), "each thing once: " + results);
            assertFalse(n.path("label").asText().isEmpty(), n.toString());
            assertEquals(n.path("kind").asText().equals("evidence"), n.has("claim"), "claim is given for evidence only: " + n);
        }
        return results;
    }

    private static JsonNode result(List<JsonNode> results, String iri) {
        return results.stream().filter(n -> n.path("iri").asText().equals(iri)).findFirst()
                .orElseThrow(() -> new AssertionError(iri + " not among " + results));
    }

    private static List<String> iris(List<JsonNode> results) {
        return results.stream().map(n -> n.path("iri").asText()).toList();
    }

    @Test
    void aChineseWordFindsTheEntityAndTheQuotesThatHaveItInsideLongerText() throws Exception {
        List<JsonNode> results = search("代码数据");
        JsonNode entity = result(results, B + "entity/code-data");
        assertEquals("entity", entity.path("kind").asText());
        assertEquals("code data", entity.path("label").asText(), "shown by its English label");
        assertFalse(entity.has("transcript"));

        JsonNode shortQuote = result(results, SHORT_QUOTE);
        assertEquals("evidence", shortQuote.path("kind").asText());
        assertEquals(CODE_CLAIM, shortQuote.path("claim").asText());
        assertEquals(TALK, shortQuote.path("transcript").asText());
        assertEquals("code data improves reasoning", shortQuote.path("label").asText(), "evidence is labelled by its claim");
        assertEquals("code代码数据训练肯定是能帮助reasoning", shortQuote.path("snippet").asText());

        String longSnippet = result(results, LONG_QUOTE).path("snippet").asText();
        assertTrue(longSnippet.contains("Github上的代码数据"), longSnippet);
        assertTrue(longSnippet.startsWith("…") && longSnippet.codePointCount(0, longSnippet.length()) <= TextSearch.SNIPPET_CHARS + 2,
                "the text around the match, cut: " + longSnippet);

        // Every word must be there, as those characters in that order: no quote with only 数据 or only 代码.
        for (JsonNode n : results) assertTrue(n.path("snippet").asText().contains("代码数据"), n.toString());
    }

    @Test
    void aChineseWordInsideALongerWordFindsItToo() throws Exception {
        List<JsonNode> results = search("多模态");
        assertEquals("entity", result(results, B + "entity/term/多模态数据").path("kind").asText());
        assertEquals("entity", result(results, B + "entity/multimodality").path("kind").asText(), "the lexicon's entity");
        JsonNode quote = result(results, PANEL_QUOTE);
        assertEquals("evidence", quote.path("kind").asText());
        assertEquals("我觉得多模态数据能提升reasoning", quote.path("snippet").asText());
        assertEquals(B + "claim/fedcba9876543210", quote.path("claim").asText());
        JsonNode claim = result(results, B + "claim/fedcba9876543210");
        assertEquals("claim", claim.path("kind").asText());
        assertEquals(B + "transcript/panel.txt", claim.path("transcript").asText());
        for (JsonNode n : results) assertTrue(n.path("snippet").asText().contains("多模态"), n.toString());
    }

    @Test
    void anEnglishWordFindsTheEntityFirstThenClaimsAndQuotesInEitherLanguage() throws Exception {
        List<JsonNode> results = search("reasoning");
        assertEquals(B + "entity/reasoning", results.get(0).path("iri").asText(), "the exact label scores best: " + results);
        assertEquals("reasoning", results.get(0).path("label").asText());
        assertTrue(iris(results).containsAll(List.of(SHORT_QUOTE, PANEL_QUOTE, CODE_CLAIM, B + "claim/fedcba9876543210")), iris(results).toString());
        assertFalse(iris(results).contains(LONG_QUOTE), "推理能力 is not the word reasoning");
        // The Chinese label of the same entity finds it too.
        assertEquals(B + "entity/reasoning", search("推理能力").get(0).path("iri").asText());
    }

    @Test
    void aWordInsideAQuoteFindsItsEvidence() throws Exception {
        List<JsonNode> results = search("明显");
        assertEquals(List.of(LONG_QUOTE), iris(results));
        assertTrue(results.get(0).path("snippet").asText().contains("明显"));
        assertEquals(List.of(SHORT_QUOTE), iris(search("帮助 code")), "two words, both required");
        assertEquals(List.of(), search("帮助 github"), "two words, not in one quote");
    }

    @Test
    void aMisheardFormFindsTheEntityWhichShowsItsOwnLabelOnly() throws Exception {
        List<JsonNode> results = search("达利");
        JsonNode entity = result(results, B + "entity/DALL-E");
        assertEquals("DALL-E", entity.path("label").asText());
        assertEquals("DALL-E", entity.path("snippet").asText(), "a misheard form is matched, never displayed");
        assertTrue(result(results, TALK + "#evidence-22222222-150-190").path("snippet").asText().contains("达利"), "the quote is what was said");
    }

    @Test
    void luceneSyntaxWorksAndASyntaxErrorIsSearchedAsPlainText() throws Exception {
        Set<String> both = new HashSet<>(iris(search("\"代码数据\" OR 达利")));
        assertTrue(both.containsAll(List.of(SHORT_QUOTE, LONG_QUOTE, B + "entity/DALL-E")), both.toString());
        assertEquals(iris(search("代码数据")), iris(search("\"代码数据")), "an unbalanced quote is plain text");
        HttpResponse<String> r = get("q=" + URLEncoder.encode("reasoning AND (", StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(200, get("q=" + URLEncoder.encode("[/{}:^", StandardCharsets.UTF_8)).statusCode());
        assertTrue(iris(search("reason*")).contains(B + "entity/reasoning"), "a wildcard");
    }

    @Test
    void theLimitCutsTheResultsAndBadRequestsGet400WithAJsonMessage() throws Exception {
        assertTrue(search("reasoning").size() >= 4);
        JsonNode one = JSON.readTree(get("q=reasoning&limit=1").body());
        assertEquals(1, one.path("results").size());
        assertEquals(B + "entity/reasoning", one.path("results").get(0).path("iri").asText());
        for (String bad : List.of("", "q=", "q=%20%20", "q=reasoning&limit=0", "q=reasoning&limit=101", "q=reasoning&limit=ten")) {
            HttpResponse<String> r = get(bad);
            assertEquals(400, r.statusCode(), bad + ": " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), bad);
            String message = JSON.readTree(r.body()).path("error").asText();
            assertFalse(message.isEmpty() || message.contains("\n"), bad + ": " + r.body());
            assertTrue(message.contains(bad.contains("limit") ? "limit" : "q"), message);
        }
        assertEquals(200, get("q=reasoning&limit=100").statusCode());
        // Words enough for Lucene's clause limit (3 fields x 400 words) are refused up front, not a 500.
        String manyWords = URLEncoder.encode("数据 ".repeat(400), StandardCharsets.UTF_8);
        HttpResponse<String> tooLong = get("q=" + manyWords);
        assertEquals(400, tooLong.statusCode(), tooLong.body());
        assertTrue(JSON.readTree(tooLong.body()).path("error").asText().contains("at most 500"), tooLong.body());
        assertEquals(200, get("q=" + URLEncoder.encode("数据 ".repeat(160), StandardCharsets.UTF_8)).statusCode(), "480 characters are fine");
    }

    private static List<String> evidence(List<JsonNode> results) {
        return results.stream().filter(n -> n.path("kind").asText().equals("evidence")).map(n -> n.path("iri").asText()).toList();
    }

    @Test
    void whatTheStoreRemovesIsNoLongerFoundOverHttp() throws Exception {
        assertEquals(List.of(LONG_QUOTE), evidence(search("github")));
        try {
            assertTrue(fixture.store.removeSource(fixture.iris, NodeFactory.createURI(TALK)));
            assertEquals(List.of(), evidence(search("github")));
            assertTrue(iris(search("github")).contains(B + "entity/GitHub"), "the lexicon's entity stays");
            assertFalse(iris(search("代码数据")).contains(SHORT_QUOTE));
            assertFalse(iris(search("达利")).contains(TALK + "#evidence-22222222-150-190"));
        } finally {
            fixture.store.replaceGraphs(List.of(talk()));
        }
        assertEquals(List.of(LONG_QUOTE), evidence(search("github")));
    }

    @Test
    void textQueryWorksInSparqlOverHttpBesideTheUnionDefaultGraph() throws Exception {
        String q = "PREFIX text: <http://jena.apache.org/text#> PREFIX oa: <http://www.w3.org/ns/oa#> "
                + "PREFIX cg: <https://w3id.org/claimgraph/ns#> "
                + "SELECT ?s ?score ?lit ?claim { (?s ?score ?lit) text:query (oa:exact \"\\\"代码数据\\\"\") . "
                + "?target oa:hasSelector ?s . ?evidence oa:hasTarget ?target ; oa:hasBody ?claim } ORDER BY DESC(?score)";
        HttpResponse<String> r = fixture.get("/kg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode rows = JSON.readTree(r.body()).path("results").path("bindings");
        assertEquals(2, rows.size(), r.body());
        for (JsonNode row : rows) {
            assertEquals(CODE_CLAIM, row.path("claim").path("value").asText());
            assertTrue(row.path("lit").path("value").asText().contains("代码数据"));
        }
        String labels = "PREFIX text: <http://jena.apache.org/text#> SELECT DISTINCT ?s { ?s text:query \"代码数据\" }";
        JsonNode found = JSON.readTree(fixture.get("/kg/sparql?query=" + URLEncoder.encode(labels, StandardCharsets.UTF_8),
                "application/sparql-results+json").body()).path("results").path("bindings");
        List<String> subjects = new ArrayList<>();
        found.forEach(row -> subjects.add(row.path("s").path("value").asText()));
        assertTrue(subjects.contains(B + "entity/code-data"), subjects.toString());
    }
}
