package org.claimgraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.claimgraph.util.DataFiles;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The page at {@code /}: where the SPARQL endpoint is and the canned queries as links that run them, so a browser
 * pointed at the server finds its way. (The full web UI with a graph view is a later piece of work.)
 */
final class LandingPage extends HttpServlet {
    /** The canned queries shown, by file name, in the order shown. */
    static final String[] QUERIES = {"claims.rq", "claims-by-relation.rq", "entities-by-mentions.rq", "hedged-claims.rq",
            "claims-about-entity.rq", "asserted-graph.rq"};

    private final String html;

    LandingPage() {
        Map<String, String> queries = new LinkedHashMap<>();
        for (String q : QUERIES) queries.put(q, DataFiles.read("queries/" + q));
        this.html = render(queries);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/html; charset=utf-8");
        resp.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }

    private static String render(Map<String, String> queries) {
        StringBuilder b = new StringBuilder("""
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>ClaimGraph</title>
                <style>body{font:16px/1.5 system-ui,sans-serif;max-width:50em;margin:2em auto;padding:0 1em}
                code{background:#f3f3f3;padding:0 .2em}li{margin:.4em 0}</style></head><body>
                <h1>ClaimGraph</h1>
                <p>Claims from spoken AI discussions, as a knowledge graph. Read-only SPARQL 1.1 endpoint:
                <code>/kg/sparql</code> (GET or POST; the default graph is the union of all transcripts).</p>
                <h2>Canned queries</h2><ul>
                """);
        queries.forEach((name, text) -> {
            String question = text.lines().findFirst().orElse("").replaceFirst("^#\\s*", "");
            String accept = text.contains("CONSTRUCT") ? "text/turtle" : "text/csv";
            b.append("<li><a href=\"/kg/sparql?query=").append(URLEncoder.encode(text, StandardCharsets.UTF_8))
                    .append("&amp;format=").append(URLEncoder.encode(accept, StandardCharsets.UTF_8)).append("\">")
                    .append(escape(question)).append("</a> <code>").append(escape(name)).append("</code></li>\n");
        });
        b.append("""
                </ul>
                <p>From a shell: <code>curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 5'
                http://localhost:3030/kg/sparql</code></p></body></html>
                """);
        return b.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
