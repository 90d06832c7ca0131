package org.claimgraph.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimgraph.Sample;
import org.claimgraph.TestData;
import org.claimgraph.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

/** A real embedded Fuseki on a free port over a real TDB2 store holding the sample, queried over HTTP. */
class ServerTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String PREFIXES = "PREFIX cg: <https://w3id.org/claimgraph/ns#> ";
    private static Path dir;
    private static Store store;
    private static Server server;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("claimgraph-server-test");
        store = Store.open(dir);
        Sample.load(store, Sample.graph());
        server = Server.start(dir, 0, 3000);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (store != null) store.close();
    }

    private static HttpResponse<String> get(String query, String accept) throws Exception {
        String url = server.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A new client per refused request: Jetty may close a connection after refusing a request without reading its body. */
    private static HttpResponse<String> post(String url, String contentType, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aQueryReturns200AndTheAssertedTriplesWithoutAGraphClause() throws Exception {
        HttpResponse<String> r = get(PREFIXES + "SELECT ?y { <http://localhost:3030/entity/code-data> cg:improves ?y }",
                "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        JsonNode rows = new ObjectMapper().readTree(r.body()).path("results").path("bindings");
        Set<String> objects = new TreeSet<>();
        rows.forEach(row -> objects.add(row.path("y").path("value").asText()));
        assertEquals(Set.of("http://localhost:3030/entity/reasoning", "http://localhost:3030/entity/symbolic-manipulation"), objects, r.body());
    }

    @Test
    void theCannedClaimsQueryRunsOverHttp() throws Exception {
        HttpResponse<String> r = get(Files.readString(Path.of("queries/claims.rq")), "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        JsonNode json = new ObjectMapper().readTree(r.body());
        assertEquals(12, json.path("head").path("vars").size());
        assertTrue(json.path("results").path("bindings").size() >= 25, r.body());
    }

    @Test
    void theRootPageLinksTheEndpointAndEveryCannedQuery() throws Exception {
        String root = server.sparqlUrl().replace("/kg/sparql", "/");
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(root)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("/kg/sparql"));
        assertTrue(r.body().contains("Which claims were found, and where exactly was each one stated?"), r.body());
        String link = r.body().split("<a href=\"(?=/kg/sparql\\?query=)")[1].split("\"")[0].replace("&amp;", "&");
        HttpResponse<String> run = HTTP.send(HttpRequest.newBuilder(URI.create(root.substring(0, root.length() - 1) + link)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, run.statusCode());
        assertTrue(run.body().startsWith("claim,subject,subjectLabel"), run.body());
        try (var files = Files.list(Path.of("queries"))) {
            for (Path q : files.toList()) {
                String question = Files.readString(q).lines().findFirst().orElseThrow().replaceFirst("^#\\s*", "");
                assertTrue(r.body().contains(question.replace("\"", "&quot;")), "the page offers " + q + ": " + question);
            }
        }
    }

    private static List<JsonNode> search(String q) throws Exception {
        String url = server.rootUrl() + "search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&limit=100";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        List<JsonNode> results = new java.util.ArrayList<>();
        new ObjectMapper().readTree(r.body()).path("results").forEach(results::add);
        return results;
    }

    /** The sample as extracted: the search box finds its entities and the quotes of its claims in either language. */
    @Test
    void searchFindsTheSamplesEntitiesAndQuotesInChineseAndEnglish() throws Exception {
        String e = "http://localhost:3030/entity/";
        List<JsonNode> code = search("代码数据");
        assertEquals(e + "code-data", code.get(0).path("iri").asText(), code.toString());
        assertEquals("entity", code.get(0).path("kind").asText());
        List<JsonNode> quotes = code.stream().filter(n -> n.path("kind").asText().equals("evidence")).toList();
        assertTrue(quotes.size() >= 4, quotes.toString());
        for (JsonNode q : quotes) {
            assertTrue(q.path("snippet").asText().contains("代码数据"), q.toString());
            assertEquals("http://localhost:3030/transcript/ai-panel-2023.zh.txt", q.path("transcript").asText());
        }
        JsonNode heard = quotes.stream().filter(q -> q.path("snippet").asText().startsWith("Github上的代码数据 还是很明显的提升")).findFirst().orElseThrow();
        assertEquals("http://localhost:3030/claim/a679965ec737617c", heard.path("claim").asText(), "code data improves reasoning");
        assertEquals("code data improves reasoning", heard.path("label").asText());

        List<JsonNode> reasoning = search("reasoning");
        assertEquals(e + "reasoning", reasoning.get(0).path("iri").asText(), reasoning.toString());
        assertTrue(reasoning.stream().anyMatch(n -> n.path("snippet").asText().equals("code代码数据训练肯定是能帮助reasoning")), reasoning.toString());

        List<JsonNode> multimodal = search("多模态");
        assertTrue(multimodal.stream().anyMatch(n -> n.path("iri").asText().equals(e + "multimodality")), multimodal.toString());
        assertTrue(multimodal.stream().anyMatch(n -> n.path("kind").asText().equals("evidence")
                && n.path("snippet").asText().startsWith("多模态的数据之后")), multimodal.toString());
        assertTrue(multimodal.stream().allMatch(n -> n.path("snippet").asText().contains("多模态")), multimodal.toString());
    }

    @Test
    void malformedSparqlGets400WithTheParserMessage() throws Exception {
        HttpResponse<String> r = get("SELEC ?x WHERE {", "application/sparql-results+json");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Parse error") || r.body().contains("Lexical error"), r.body());
    }

    @Test
    void updatesAreRefusedAndChangeNothing() throws Exception {
        long before = TestData.quadCount(store.dataset());
        String update = "INSERT DATA { GRAPH <http://x/g> { <http://x/s> <http://x/p> 1 } }";
        int asUpdate = post(server.sparqlUrl(), "application/sparql-update", update).statusCode();
        int asForm = post(server.sparqlUrl(), "application/x-www-form-urlencoded",
                "update=" + URLEncoder.encode(update, StandardCharsets.UTF_8)).statusCode();
        int onUpdatePath = post(server.sparqlUrl().replace("/sparql", "/update"), "application/sparql-update", update).statusCode();
        assertEquals(415, asUpdate, "the query endpoint does not take SPARQL Update");
        assertEquals(400, asForm);
        assertEquals(404, onUpdatePath, "there is no update endpoint");
        assertEquals(before, TestData.quadCount(store.dataset()));
    }

    @Test
    void federatedQueriesAreRefused() throws Exception {
        HttpResponse<String> r = get("SELECT * { SERVICE <" + server.sparqlUrl() + "> { ?s ?p ?o } } LIMIT 1", "application/sparql-results+json");
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(r.body().contains("SERVICE"), r.body());
    }

    @Test
    void aPathologicalQueryIsCutOffByTheServerTimeout() throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = get("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }", "application/sparql-results+json");
        double secs = (System.nanoTime() - t0) / 1e9;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(secs < 20, "cut off after " + secs + " s");
    }

    /** The claim panel's data says what each statement is qualified by, as the extractor found it in the sample. */
    @Test
    void aClaimsEvidenceComesWithItsAspectYearAndQuantities() throws Exception {
        JsonNode chatgpt = uiClaim("ChatGPT", "hasLimitation", "text-generation").path("evidence").get(0);
        assertEquals("Chinese", chatgpt.path("aspect").path("label").asText(), "ChatGPT对于中文的文本的生成…问题: about Chinese");
        assertEquals("/entity/Chinese", chatgpt.path("aspect").path("page").asText());
        assertTrue(chatgpt.path("quantities").isMissingNode());
        JsonNode sizes = uiClaim("large-language-model", "outperforms", "language-model").path("evidence").get(0);
        assertEquals(List.of("几百m", "一个币", "上百币"), List.of(sizes.path("quantities").get(0).asText(),
                sizes.path("quantities").get(1).asText(), sizes.path("quantities").get(2).asText()), "in text order");
        JsonNode prediction = uiClaim("video-model", "predictedFor", "time/2023").path("evidence").get(0);
        assertEquals("2023", prediction.path("year").asText());
    }

    private static JsonNode uiClaim(String subject, String relation, String object) throws Exception {
        String e = "http://localhost:3030/entity/";
        HttpResponse<String> found = get(PREFIXES + "SELECT ?c { ?c a cg:Claim ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> <" + e + subject
                + "> ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> cg:" + relation
                + " ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> <" + e + object + "> }", "application/sparql-results+json");
        String claim = new ObjectMapper().readTree(found.body()).path("results").path("bindings").get(0).path("c").path("value").asText();
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.rootUrl() + UiData.CLAIM.substring(1) + "?iri="
                + URLEncoder.encode(claim, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return new ObjectMapper().readTree(r.body());
    }
}
