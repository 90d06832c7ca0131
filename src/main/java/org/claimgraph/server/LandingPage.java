package org.claimgraph.server;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.claimgraph.server.Html.escape;

/**
 * The page at {@code /}: the web UI. The server writes what a browser without scripts also needs (the SPARQL
 * endpoint, the dataset description, the dumps, an example entity page, and the canned queries as links that run
 * them); the bundle at {@code /ui/app.js} ({@code src/main/webui}) turns it into the SPARQL editor with the canned
 * queries as one-click examples, the search box and the graph view of entities and claims.
 */
final class LandingPage extends HttpServlet {
    /** Where the full-text search answers, on a server that has it. */
    static final String SEARCH = "/search";

    private final DatasetGraph dataset;
    private final ServerSettings settings;
    private final UiAssets assets;
    private final List<CannedQueries.Query> queries;

    LandingPage(DatasetGraph dataset, ServerSettings settings, UiAssets assets, List<CannedQueries.Query> queries) {
        this.dataset = dataset;
        this.settings = settings;
        this.assets = assets;
        this.queries = queries;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<String> example = Txn.calculateRead(dataset, () -> VoidDescription.exampleEntity(dataset));
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("Cache-Control", "no-cache");
        boolean search = hasSearch(req.getServletContext());
        resp.getOutputStream().write(render(Responses.serverRoot(req), example, search).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Whether this server has the full-text search at {@code /search}. The page tells the UI, which otherwise searches
     * with SPARQL, so the browser never shows a failed request for it.
     */
    private static boolean hasSearch(ServletContext context) {
        return context.getServletRegistrations().values().stream().flatMap(r -> r.getMappings().stream())
                .anyMatch(m -> m.equals(SEARCH) || m.equals(SEARCH + "/*"));
    }

    private String render(String root, Optional<String> exampleEntity, boolean search) {
        String base = settings.iris().base();
        String endpoint = root + "/" + Server.DATASET + "/sparql";
        Optional<String> script = assets.url("app.js");
        Optional<String> style = assets.url("app.css");
        StringBuilder b = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>ClaimGraph</title>\n");
        if (style.isPresent()) b.append("<link rel=\"stylesheet\" href=\"").append(escape(style.get())).append("\">\n");
        else b.append(Html.STYLE).append('\n');
        script.ifPresent(s -> b.append("<script defer src=\"").append(escape(s)).append("\"></script>\n"));
        b.append("</head><body data-base=\"").append(escape(base)).append("\"").append(search ? " data-search=\"" + SEARCH + "\"" : "").append(">\n");
        b.append("""
                <header class="top"><h1><a href="/">ClaimGraph</a></h1>
                <p class="tagline">Claims from spoken AI discussions, as a knowledge graph.</p>
                <form id="search" role="search" hidden><input type="search" name="q" placeholder="Search entities, claims, quotes: e.g. 代码数据" aria-label="Search" autocomplete="off"><button type="submit">Search</button></form>
                </header>
                <div id="search-results" hidden></div>
                <section id="about"><ul class="links">
                """);
        b.append("<li>SPARQL endpoint: <a href=\"/kg/sparql\"><code>").append(escape(endpoint))
                .append("</code></a> (read-only, GET or POST; the default graph is the union of all transcripts; opened without a query it describes itself)</li>\n");
        b.append("""
                <li><a href="/.well-known/void">Dataset description</a> (VoID: size, classes, links to Wikidata and DBpedia)</li>
                <li>Dumps of the whole dataset: <a href="/dumps/claimgraph.nq.gz">N-Quads</a>,
                <a href="/dumps/claimgraph.trig.gz">TriG</a> (gzipped)</li>
                """);
        exampleEntity.filter(e -> e.startsWith(base)).ifPresent(e -> b.append("<li>Every entity, claim and transcript has a page, e.g. <a href=\"/")
                .append(escape(HtmlPage.encodePath(e.substring(base.length())))).append("\">")
                .append(escape(e.substring(base.length()))).append("</a> (HTML here; Turtle, JSON-LD or N-Triples by <code>Accept</code>)</li>\n"));
        b.append("</ul></section>\n");
        b.append("""
                <section id="graph-view" hidden><h2>Entities and claims</h2>
                <p class="hint">Nodes are entities, sized by mentions; arrows are claims, from subject to object: solid when asserted or reported, dashed when hedged, dotted when speculative, red when denied, thicker when stated more often. Click an arrow for its evidence, a node for its claims.</p>
                <div class="graph-and-details"><div id="graph" aria-label="Graph of entities and claims"></div>
                <aside id="details" aria-live="polite"><p class="hint">Click a claim (an arrow) to see how sure the speaker was, the quotes and where they were said.</p></aside></div>
                </section>
                <section id="sparql"><h2>SPARQL</h2>
                <p class="hint">Example queries (the files in <code>queries/</code>): one click runs it.</p>
                <ul id="examples">
                """);
        for (CannedQueries.Query q : queries) {
            String accept = q.givesGraph() ? "text/turtle" : "text/csv";
            b.append("<li><a href=\"/kg/sparql?query=").append(URLEncoder.encode(q.text(), StandardCharsets.UTF_8))
                    .append("&amp;format=").append(URLEncoder.encode(accept, StandardCharsets.UTF_8))
                    .append("\" data-file=\"").append(escape(q.file())).append("\" title=\"").append(escape(q.description())).append("\">")
                    .append(escape(q.question())).append("</a> <code>").append(escape(q.file())).append("</code></li>\n");
        }
        b.append("</ul>\n<div id=\"yasgui\"></div>\n");
        if (script.isEmpty()) {
            b.append("<p class=\"hint\">The web UI (SPARQL editor, search, graph view) is missing from this build: rebuild with "
                    + "<code>mvn -q -DskipTests package</code>, which needs Node.js and npm.</p>\n");
        }
        b.append("</section>\n<footer><p>From a shell: <code>curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 5' ")
                .append(escape(endpoint)).append("</code></p></footer>\n</body></html>\n");
        return b.toString();
    }
}
