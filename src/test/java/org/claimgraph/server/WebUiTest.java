package org.claimgraph.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimgraph.export.EntityScope;
import org.claimgraph.export.ExportFormat;
import org.claimgraph.export.GraphViewReader;
import org.claimgraph.rdf.IriScheme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * What the web UI reads from the server, over real HTTP from a real server and TDB2 store (the small fixture
 * transcript under https://example.org/kg/; no browser, no CoreNLP): the page, the bundle with its content types and
 * caching, and the JSON of the canned queries, the graph and a claim. {@link WebUiBrowserTest} drives the UI itself.
 */
class WebUiTest {
    private static final String BASE = Fixture.PUBLIC_BASE;
    private static final String BROWSER = Fixture.BROWSER_ACCEPT;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Fixture fixture;

    @BeforeAll
    static void start() {
        fixture = Fixture.start(new IriScheme(BASE), s -> s);
    }

    @AfterAll
    static void stop() {
        if (fixture != null) fixture.close();
    }

    private static String bundleUrl(String page, String file) {
        Matcher m = Pattern.compile("(?:src|href)=\"(/ui/" + Pattern.quote(file) + "\\?v=([0-9a-f]{16}))\"").matcher(page);
        assertTrue(m.find(), "the page links " + file + ": " + page);
        return m.group(1);
    }

    private static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(fixture.url(path)));
        if (headers.length > 0) r.headers(headers);
        return HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void thePageLinksTheBundleWhichIsServedWithItsTypeAndCachedByVersion() throws Exception {
        HttpResponse<String> page = fixture.get("/", BROWSER);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("data-base=\"" + BASE + "\""), "the UI is told the base IRI of the data");
        assertTrue(page.body().contains("data-search=\"/search\""), "the server has full-text search at /search: the UI is told to use it");
        for (String[] file : new String[][]{{"app.js", "text/javascript"}, {"app.css", "text/css"}}) {
            String url = bundleUrl(page.body(), file[0]);
            HttpResponse<String> r = get(url);
            assertEquals(200, r.statusCode(), url);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(file[1]), r.headers().toString());
            assertEquals("public, max-age=31536000, immutable", r.headers().firstValue("Cache-Control").orElse(""), "a versioned URL never changes");
            assertTrue(r.body().length() > 10_000, url + " is " + r.body().length() + " characters");
            String etag = r.headers().firstValue("ETag").orElseThrow();
            assertEquals("\"" + url.substring(url.indexOf("?v=") + 3) + "\"", etag, "the version is the ETag");

            HttpResponse<String> unversioned = get("/ui/" + file[0]);
            assertEquals("no-cache", unversioned.headers().firstValue("Cache-Control").orElse(""));
            assertEquals(r.body(), unversioned.body());
            HttpResponse<String> again = get("/ui/" + file[0], "If-None-Match", etag);
            assertEquals(304, again.statusCode());
            assertEquals("", again.body());
        }
    }

    @Test
    void theBundleIsSelfContained() throws Exception {
        HttpResponse<String> page = fixture.get("/", BROWSER);
        String css = get(bundleUrl(page.body(), "app.css")).body();
        assertFalse(Pattern.compile("url\\(\\s*['\"]?(https?:)?//").matcher(css).find(), "the CSS loads nothing from elsewhere");
        assertFalse(Pattern.compile("@import").matcher(css).find());
        Matcher tags = Pattern.compile("<(script|link|img|iframe)\\b[^>]*>").matcher(page.body());
        int loaded = 0;
        while (tags.find()) {
            loaded++;
            assertFalse(tags.group().matches("(?s).*\\b(src|href)=\"(https?:)?//.*"), "the page loads " + tags.group());
        }
        assertEquals(2, loaded, "the page loads app.js and app.css, nothing more");
    }

    @Test
    void onlyFilesOfTheBundleAreServed() throws Exception {
        for (String path : new String[]{"/ui/nothing.js", "/ui/..%2Fversion.properties", "/ui/.hidden", "/ui/", "/ui/a/b/c.js"}) {
            int status = get(path).statusCode();
            assertTrue(status == 404 || status == 400, path + " gave " + status);
        }
    }

    @Test
    void theCannedQueriesAreEveryFileOfQueriesWithItsFirstLineAsTheQuestion() throws Exception {
        HttpResponse<String> r = fixture.get(UiData.QUERIES, null);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode list = JSON.readTree(r.body());
        List<String> files;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList();
        }
        List<String> listed = new ArrayList<>();
        for (JsonNode q : list) {
            String file = q.path("file").asText();
            listed.add(file);
            String text = Files.readString(Path.of("queries", file));
            assertEquals(text, q.path("query").asText());
            assertEquals(text.lines().findFirst().orElseThrow().replaceFirst("^#\\s*", ""), q.path("question").asText());
            assertEquals(file.equals("asserted-graph.rq"), q.path("graph").asBoolean(), file + " is CONSTRUCT or not");
        }
        assertEquals("claims.rq", listed.get(0), "the first example is the claims query");
        assertEquals(files, listed.stream().sorted().toList());
        String page = fixture.get("/", BROWSER).body();
        for (JsonNode q : list) {
            assertTrue(page.contains("data-file=\"" + q.path("file").asText() + "\""), "the page has a button for " + q.path("file"));
        }
    }

    @Test
    void thePrefixesForAutocompletionAreClaimGraphs() throws Exception {
        HttpResponse<String> r = fixture.get(UiData.PREFIX_MAP, null);
        assertEquals(200, r.statusCode());
        JsonNode map = JSON.readTree(r.body());
        assertEquals("https://w3id.org/claimgraph/ns#", map.path("cg").asText());
        assertEquals("http://www.w3.org/ns/oa#", map.path("oa").asText());
        assertEquals(BASE + "entity/", map.path("entity").asText(), "under the base of the data");
    }

    @Test
    void theGraphIsTheCytoscapeExportOfTheStore() throws Exception {
        HttpResponse<String> r = fixture.get(UiData.GRAPH, null);
        assertEquals(200, r.statusCode());
        StringWriter export = new StringWriter();
        ExportFormat.cytoscape.writer().write(GraphViewReader.read(fixture.store.dataset(), EntityScope.IN_CLAIMS, "en"), export);
        JsonNode served = JSON.readTree(r.body());
        assertEquals(JSON.readTree(export.toString()), served);
        assertEquals(2, served.path("elements").path("edges").size());
        JsonNode zh = JSON.readTree(fixture.get(UiData.GRAPH + "?lang=zh", null).body());
        assertTrue(zh.toString().contains("推理能力"), "labels in Chinese: " + zh);
        assertEquals(400, fixture.get(UiData.GRAPH + "?lang=%22%3E", null).statusCode());
    }

    @Test
    void aClaimComesWithItsEvidenceAndTheTextOfItsTranscript() throws Exception {
        String claim = BASE + "claim/0123456789abcdef";
        HttpResponse<String> r = fixture.get(UiData.CLAIM + "?iri=" + URLEncoder.encode(claim, StandardCharsets.UTF_8), null);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode c = JSON.readTree(r.body());
        assertEquals(claim, c.path("iri").asText());
        assertEquals("/claim/0123456789abcdef", c.path("page").asText(), "pages are on this server whatever the base");
        assertEquals("ChatGPT", c.path("subject").path("label").asText());
        assertEquals("/entity/ChatGPT", c.path("subject").path("page").asText());
        assertEquals("GPT-3.5", c.path("object").path("label").asText());
        assertEquals("basedOn", c.path("relation").asText());
        assertEquals("asserted", c.path("certainty").asText());
        assertEquals("positive", c.path("polarity").asText());
        assertEquals(1, c.path("supportCount").asInt());
        assertEquals(1, c.path("evidence").size());
        JsonNode ev = c.path("evidence").get(0);
        assertEquals("ChatGPT的base model是GPT-3.5", ev.path("quote").asText());
        assertEquals(0, ev.path("start").asInt());
        assertEquals(26, ev.path("end").asInt());
        assertEquals(fixture.transcript(), ev.path("source").asText());
        JsonNode source = c.path("sources").path(fixture.transcript());
        assertEquals("/transcript/panel.txt", source.path("page").asText());
        String text = source.path("text").asText();
        assertEquals(ev.path("quote").asText(), text.substring(text.offsetByCodePoints(0, ev.path("start").asInt()),
                text.offsetByCodePoints(0, ev.path("end").asInt())));
    }

    @Test
    void anythingButAClaimIsNotFound() throws Exception {
        HttpResponse<String> entity = fixture.get(UiData.CLAIM + "?iri=" + URLEncoder.encode(BASE + "entity/ChatGPT", StandardCharsets.UTF_8), null);
        assertEquals(404, entity.statusCode());
        assertTrue(entity.body().contains(BASE + "entity/ChatGPT"), entity.body());
        assertEquals(400, fixture.get(UiData.CLAIM, null).statusCode());
    }
}
