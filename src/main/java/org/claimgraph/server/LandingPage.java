package org.claimgraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.claimgraph.util.DataFiles;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static org.claimgraph.server.Html.escape;

/**
 * The page at {@code /}: where the SPARQL endpoint is, the canned queries as links that run them, the dataset
 * description, the dumps and a first entity page, so a browser pointed at the server finds its way. (The full web UI
 * with a graph view is a later piece of work.)
 */
final class LandingPage extends HttpServlet {
    /** The canned queries shown, by file name, in the order shown. */
    static final String[] QUERIES = {"claims.rq", "claims-by-relation.rq", "entities-by-mentions.rq", "hedged-claims.rq",
            "claims-about-entity.rq", "asserted-graph.rq"};

    private final DatasetGraph dataset;
    private final ServerSettings settings;
    private final String queryList;

    LandingPage(DatasetGraph dataset, ServerSettings settings) {
        this.dataset = dataset;
        this.settings = settings;
        Map<String, String> queries = new LinkedHashMap<>();
        for (String q : QUERIES) queries.put(q, DataFiles.read("queries/" + q));
        this.queryList = renderQueries(queries);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<String> example = Txn.calculateRead(dataset, () -> VoidDescription.exampleEntity(dataset));
        resp.setContentType("text/html; charset=utf-8");
        resp.getOutputStream().write(render(Responses.serverRoot(req), example).getBytes(StandardCharsets.UTF_8));
    }

    private String render(String root, Optional<String> exampleEntity) {
        StringBuilder b = new StringBuilder(Html.head("ClaimGraph"));
        b.append("""
                <h1>ClaimGraph</h1>
                <p>Claims from spoken AI discussions, as a knowledge graph. Read-only SPARQL 1.1 endpoint:
                <a href="/kg/sparql"><code>/kg/sparql</code></a> (GET or POST; the default graph is the union of all
                transcripts; opened without a query it describes itself).</p>
                <h2>The data</h2><ul>
                <li><a href="/.well-known/void">Dataset description</a> (VoID: size, classes, links to Wikidata and DBpedia)</li>
                <li>Dumps of the whole dataset: <a href="/dumps/claimgraph.nq.gz">N-Quads</a>,
                <a href="/dumps/claimgraph.trig.gz">TriG</a> (gzipped)</li>
                """);
        String base = settings.iris().base();
        exampleEntity.filter(e -> e.startsWith(base)).ifPresent(e -> b.append("<li>Every entity, claim and transcript has a page, e.g. <a href=\"/")
                .append(escape(HtmlPage.encodePath(e.substring(base.length())))).append("\">")
                .append(escape(e.substring(base.length()))).append("</a> (HTML here; Turtle, JSON-LD or N-Triples by <code>Accept</code>)</li>\n"));
        b.append("</ul>\n<h2>Canned queries</h2><ul>\n").append(queryList).append("</ul>\n");
        b.append("<p>From a shell: <code>curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 5' ")
                .append(escape(root)).append("/kg/sparql</code></p></body></html>\n");
        return b.toString();
    }

    private static String renderQueries(Map<String, String> queries) {
        StringBuilder b = new StringBuilder();
        queries.forEach((name, text) -> {
            String question = text.lines().findFirst().orElse("").replaceFirst("^#\\s*", "");
            String accept = text.contains("CONSTRUCT") ? "text/turtle" : "text/csv";
            b.append("<li><a href=\"/kg/sparql?query=").append(URLEncoder.encode(text, StandardCharsets.UTF_8))
                    .append("&amp;format=").append(URLEncoder.encode(accept, StandardCharsets.UTF_8)).append("\">")
                    .append(escape(question)).append("</a> <code>").append(escape(name)).append("</code></li>\n");
        });
        return b.toString();
    }
}
