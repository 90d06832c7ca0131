package org.claimgraph.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.claimgraph.Sample;
import org.claimgraph.export.EntityScope;
import org.claimgraph.export.GraphView;
import org.claimgraph.export.GraphViewReader;
import org.claimgraph.ingest.TranscriptReader;
import org.claimgraph.rdf.ExtractionGraph;
import org.claimgraph.rdf.NamedGraph;
import org.claimgraph.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The web UI in a real headless Chromium (Debian's {@code chromium}, driven by Playwright from
 * {@code src/main/webui/test/browser-check.mjs}) against a real server over a real TDB2 store holding the sample and
 * a second transcript whose text starts with characters outside the Basic Multilingual Plane (emoji), so that
 * code-point offsets and JavaScript's UTF-16 indexes differ. The script does what a person would and reports what it
 * saw; the assertions are here, checked against the store. Screenshots go to {@code target/webui-test/}.
 */
class WebUiBrowserTest {
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    static final Path WEBUI = Path.of("src/main/webui");
    static final Path OUT = Path.of("target/webui-test");
    /** Three emoji (two UTF-16 units each) and a space before the claim. */
    static final String EMOJI_TEXT = "🤖🤖🤖 Stable Diffusion其实是基于diffusion model的\n";
    private static final String E = Sample.IRIS.entityNamespace();
    private static final String PREFIXES = """
            PREFIX cg:  <https://w3id.org/claimgraph/ns#>
            PREFIX oa:  <http://www.w3.org/ns/oa#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            """;

    private static Path dir;
    private static Store store;
    private static Server server;
    private static String basedOnClaim;
    private static String emojiClaim;
    private static String limitationClaim;
    private static JsonNode report;
    private static long browserMillis;

    @BeforeAll
    static void run() throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM), CHROMIUM + " is missing: apt-get install chromium (or set CHROMIUM to a Chromium binary)");
        assertTrue(Files.isDirectory(WEBUI.resolve("node_modules/playwright-core")),
                "playwright-core is not installed in src/main/webui: build first (mvn generate-resources runs npm ci)");
        dir = Files.createTempDirectory("claimgraph-webui-test");
        store = Store.open(dir);
        Sample.load(store, Sample.graph());
        Path emoji = dir.resolve("emoji-panel.zh.txt");
        Files.writeString(emoji, EMOJI_TEXT);
        NamedGraph emojiGraph = new ExtractionGraph(Sample.IRIS, Sample.extractor().lexicon(), "test")
                .build(Sample.extractor().extract(new TranscriptReader().read(emoji)), Sample.EXTRACTED_AT);
        Sample.load(store, emojiGraph);
        basedOnClaim = claim("<" + E + "ChatGPT>", "<" + E + "GPT-3.5>", null);
        emojiClaim = claim("?s", "?o", emojiGraph.name().getURI());
        limitationClaim = claim("<" + E + "ChatGPT>", "hasLimitation", "<" + E + "text-generation>", null);
        server = Server.start(ServerSettings.defaults(dir).withPort(0));

        Files.createDirectories(OUT);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("node", "test/browser-check.mjs", server.rootUrl(), OUT.toAbsolutePath().toString(), basedOnClaim, emojiClaim,
                        limitationClaim)
                .directory(WEBUI.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("the browser check did not finish in 180 s");
        }
        browserMillis = (System.nanoTime() - t0) / 1_000_000;
        String out = stdout.get();
        assertEquals(0, p.exitValue(), "browser-check.mjs failed: " + out);
        Files.writeString(OUT.resolve("report.json"), out);
        report = new ObjectMapper().readTree(out);
        System.out.println("WebUiBrowserTest: the browser check took " + browserMillis + " ms");
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (store != null) store.close();
    }

    /** The claim of relation basedOn between the two (variables or IRIs), stated in the transcript when one is given. */
    private static String claim(String subject, String object, String transcript) {
        return claim(subject, "basedOn", object, transcript);
    }

    private static String claim(String subject, String relation, String object, String transcript) {
        String where = "?c a cg:Claim ; rdf:subject " + subject + " ; rdf:predicate cg:" + relation + " ; rdf:object " + object + " .";
        if (transcript != null) where += " ?c cg:hasEvidence/oa:hasTarget/oa:hasSource <" + transcript + "> .";
        List<Binding> rows = select(PREFIXES + "SELECT DISTINCT ?c { " + where + " }");
        assertEquals(1, rows.size(), "one " + relation + " claim in " + (transcript == null ? "the store" : transcript) + ": " + rows);
        return rows.get(0).get("c").getURI();
    }

    private static List<Binding> select(String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<Binding> rows = new ArrayList<>();
            QueryExec.graph(store.dataset().getUnionGraph()).query(query).select().forEachRemaining(rows::add);
            return rows;
        });
    }

    private static String readAll(InputStream in) {
        try (in) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            in.transferTo(b);
            return b.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode step(String name) {
        JsonNode s = report.path("steps").path(name);
        assertTrue(s.path("ok").asBoolean(), name + ": " + s);
        return s;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void thePageLoadsWithoutErrorsAndAsksNothingOfOtherHosts() {
        JsonNode load = step("load");
        assertEquals(200, load.path("status").asInt());
        assertEquals("ClaimGraph", load.path("title").asText());
        assertEquals(List.of(), strings(report.path("offMachineRequests")), "requests to other hosts");
        assertEquals(List.of(), strings(report.path("consoleErrors")));
        assertEquals(List.of(), strings(report.path("pageErrors")));
        assertEquals(List.of(), strings(report.path("failedResponses")));
        List<String> requests = strings(report.path("requests"));
        assertTrue(requests.stream().anyMatch(r -> r.matches("GET " + server.rootUrl() + "ui/app\\.js\\?v=[0-9a-f]{16}")), requests.toString());
        assertTrue(requests.stream().anyMatch(r -> r.startsWith("GET " + server.rootUrl() + "ui/graph.json")), requests.toString());
        for (String r : requests) assertTrue(r.split(" ", 2)[1].startsWith(server.rootUrl()), "a request elsewhere: " + r);
    }

    @Test
    void anExampleQueryRunsFromItsButtonAndShowsItsRowsInTheTable() throws IOException {
        JsonNode q = step("exampleQuery");
        assertEquals("Which claims were found, and where exactly was each one stated?", q.path("label").asText());
        assertTrue(q.path("editorQueryStart").asText().startsWith("# Which claims were found"), q.toString());
        int expected = select(Files.readString(Path.of("queries/claims.rq"))).size();
        assertTrue(expected >= 25, "the store gives " + expected + " rows");
        // the table shows the first page of 50 rows (Yasr's page size); the count of all is in the response info
        assertEquals(Math.min(expected, 50), q.path("rows").asInt(), "rows in the results table");
        assertTrue(q.path("tableText").asText().contains(E + "GPT-3.5"), q.path("tableText").asText());
        assertTrue(q.path("responseInfo").asText().contains(expected + " results"), q.path("responseInfo").asText());
    }

    @Test
    void theGraphShowsEveryEntityAndClaimOfTheStore() {
        JsonNode g = step("graph");
        GraphView view = GraphViewReader.read(store.dataset(), EntityScope.IN_CLAIMS, "en");
        assertTrue(g.path("nodes").asInt() > 20, g.toString());
        assertEquals(view.nodes().size(), g.path("nodes").asInt());
        assertEquals(view.edges().size(), g.path("edges").asInt());
        assertEquals(view.nodes().size(), g.path("nodesInView").asInt(), "every node is drawn inside the view");
        assertTrue(strings(g.path("labels")).containsAll(List.of("ChatGPT", "GPT-3.5", "code data", "reasoning")), g.path("labels").toString());
    }

    @Test
    void clickingTheClaimChatGptBasedOnGpt35ShowsItsQuoteHighlightedInTheTranscript() {
        JsonNode c = clicked(basedOnClaim);
        assertEquals(List.of(basedOnClaim), strings(c.path("selected")), "the clicked edge is selected");
        assertEquals("ChatGPT based on GPT-3.5", c.path("title").asText());
        assertEquals("asserted", c.path("certainty").asText());
        List<String> links = strings(c.path("links"));
        assertTrue(links.containsAll(List.of("/entity/ChatGPT", "/entity/GPT-3.5", "/" + basedOnClaim.substring(Sample.IRIS.base().length()),
                "/transcript/ai-panel-2023.zh.txt")), links.toString());
        assertEvidenceAsStored(basedOnClaim, c);
        assertEquals("ChatGPT它的那个base model 其实是那个GPT3.5那个model", c.path("evidence").get(0).path("quote").asText());
    }

    @Test
    void aStatementShowsWhoItIsFromAndWhatItIsAbout() {
        JsonNode c = clicked(limitationClaim);
        assertEquals("ChatGPT has limitation text generation", c.path("title").asText());
        String meta = c.path("evidence").get(0).path("meta").asText();
        assertTrue(meta.contains("about Chinese"), "ChatGPT对于中文的文本的生成…问题 is about Chinese: " + meta);
        assertTrue(strings(c.path("links")).contains("/entity/Chinese"), c.path("links").toString());
        assertEvidenceAsStored(limitationClaim, c);
    }

    @Test
    void theHighlightCountsCodePointsWhereTheTextHasCharactersOutsideTheBmp() {
        JsonNode c = clicked(emojiClaim);
        assertEquals("Stable Diffusion based on diffusion model", c.path("title").asText());
        JsonNode ev = c.path("evidence").get(0);
        assertEquals(4, ev.path("markStartCodePoints").asInt(), "three emoji and a space come before the claim: " + ev);
        assertTrue(ev.path("mark").asText().startsWith("Stable Diffusion"), ev.toString());
        assertEvidenceAsStored(emojiClaim, c);
    }

    /** Each evidence shown has the quote the store holds, and the highlight is that quote at the stored offsets. */
    private static void assertEvidenceAsStored(String claim, JsonNode shown) {
        List<Binding> stored = select(PREFIXES + """
                SELECT ?quote ?start ?end ?text ?source {
                  <%s> cg:hasEvidence ?e . ?e oa:hasTarget ?t . ?t oa:hasSource ?source ; oa:hasSelector ?p , ?q .
                  ?p oa:start ?start ; oa:end ?end . ?q oa:exact ?quote . ?source nif:isString ?text .
                } ORDER BY ?source ?start ?end""".formatted(claim));
        assertFalse(stored.isEmpty());
        assertEquals(stored.size(), shown.path("evidence").size(), shown.toString());
        for (int i = 0; i < stored.size(); i++) {
            Binding s = stored.get(i);
            JsonNode ev = shown.path("evidence").get(i);
            String quote = s.get("quote").getLiteralLexicalForm();
            int start = Integer.parseInt(s.get("start").getLiteralLexicalForm());
            int end = Integer.parseInt(s.get("end").getLiteralLexicalForm());
            String text = s.get("text").getLiteralLexicalForm();
            String byCodePoints = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
            assertEquals(quote, byCodePoints, "the stored quote is the stored span");
            assertTrue(ev.path("current").asBoolean(), ev.toString());
            assertEquals(quote, ev.path("quote").asText());
            assertEquals(quote, ev.path("mark").asText(), "the highlighted text");
            assertEquals(start, ev.path("markStartCodePoints").asInt(), "where the highlight starts");
            assertEquals("/" + s.get("source").getURI().substring(Sample.IRIS.base().length()), ev.path("transcriptLink").asText());
        }
    }

    private static JsonNode clicked(String claim) {
        step("claim " + claim);
        for (JsonNode c : report.path("claims")) if (c.path("iri").asText().equals(claim)) return c;
        throw new AssertionError("no report of " + claim + ": " + report.path("claims"));
    }

    @Test
    void theSearchBoxFindsCodeDataAndShowsItInTheGraph() {
        JsonNode s = step("search");
        JsonNode entity = null;
        int evidence = 0;
        for (JsonNode r : s.path("results")) {
            if (r.path("iri").asText().equals(E + "code-data")) entity = r;
            if (r.path("kind").asText().equals("evidence") && r.path("text").asText().contains("代码数据")) evidence++;
        }
        assertNotNull(entity, "the entity code data among " + s.path("results"));
        assertEquals("entity", entity.path("kind").asText());
        assertEquals("/entity/code-data", entity.path("href").asText());
        assertTrue(entity.path("text").asText().contains("code data"), entity.toString());
        assertTrue(evidence >= 4, "quotes with 代码数据: " + s.path("results"));
        assertEquals(List.of(E + "code-data"), strings(s.path("selectedAfterShow")), "'show in graph' selects its node");
    }

    @Test
    void noQueryOrEndpointIsKeptInTheBrowsersStorage() {
        JsonNode s = step("storage");
        List<String> keys = strings(s.path("localStorage"));
        assertTrue(List.of("prefixes").containsAll(keys), "only YASQE's cache of the prefixes: " + keys);
        String values = s.path("values").asText();
        assertFalse(values.contains(server.rootUrl()) || values.contains("SELECT"), "no endpoint or query left for the next visit: " + values);
        assertTrue(values.contains("cg: <https://w3id.org/claimgraph/ns#>"), "the prefixes are ClaimGraph's: " + values);
        assertFalse(values.contains("onlyfans"), "not YASQE's crowd-sourced list: " + values);
        assertTrue(strings(report.path("requests")).contains("GET " + server.rootUrl() + "ui/prefixes.json"));
        assertEquals(List.of(), strings(s.path("sessionStorage")));
    }

    @Test
    void screenshotsAreSaved() throws IOException {
        step("screenshots");
        for (String name : List.of("ui.png", "ui-sparql.png")) {
            Path png = OUT.resolve(name);
            assertTrue(Files.size(png) > 10_000, png + " is " + Files.size(png) + " bytes");
        }
    }
}
