package org.claimgraph.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.sparql.core.DatasetGraph;

import java.io.IOException;
import java.util.List;

/**
 * {@code GET /search?q=TEXT&limit=N}: full-text search over labels and quotes for the UI's search box, as JSON:
 * <pre>
 * {"query": "TEXT", "results": [{"iri": "...", "kind": "entity"|"claim"|"evidence"|"transcript", "label": "...",
 *   "snippet": "...", "score": 1.23, "claim": "IRI (evidence only)", "transcript": "IRI (when in one transcript)"}]}
 * </pre>
 * Results are best first. {@code limit} is 1 to 100 (default 20). A missing, blank or over-long (500 characters)
 * {@code q}, or a bad {@code limit}, gets 400 with {@code {"error": "..."}}. What {@code q} may say: {@link TextSearch}.
 */
final class SearchServlet extends HttpServlet {
    static final String PATH = "/search";

    /** Longer text would make more clauses than Lucene takes in one query (1,024: three fields, a clause per word). */
    static final int MAX_QUERY_CHARS = 500;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TextSearch search;

    SearchServlet(DatasetGraph dataset) {
        this.search = new TextSearch(dataset);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q");
        if (q == null || q.isBlank()) {
            error(resp, "give the text to search for as q, e.g. " + PATH + "?q=reasoning");
            return;
        }
        if (q.length() > MAX_QUERY_CHARS) {
            error(resp, "q is " + q.length() + " characters long; search for at most " + MAX_QUERY_CHARS);
            return;
        }
        int limit = TextSearch.DEFAULT_LIMIT;
        String limitParam = req.getParameter("limit");
        if (limitParam != null) {
            try {
                limit = Integer.parseInt(limitParam.strip());
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > TextSearch.MAX_LIMIT) {
                error(resp, "limit must be a whole number from 1 to " + TextSearch.MAX_LIMIT + ", not \"" + limitParam + "\"");
                return;
            }
        }
        List<TextSearch.Result> results = search.search(q, limit);
        ObjectNode body = JSON.createObjectNode();
        body.put("query", q);
        ArrayNode array = body.putArray("results");
        for (TextSearch.Result r : results) {
            ObjectNode o = array.addObject();
            o.put("iri", r.iri());
            o.put("kind", r.kind().json());
            o.put("label", r.label());
            o.put("snippet", r.snippet());
            o.put("score", r.score());
            if (r.claim() != null) o.put("claim", r.claim());
            if (r.transcript() != null) o.put("transcript", r.transcript());
        }
        send(resp, HttpServletResponse.SC_OK, body);
    }

    private static void error(HttpServletResponse resp, String message) throws IOException {
        send(resp, HttpServletResponse.SC_BAD_REQUEST, JSON.createObjectNode().put("error", message));
    }

    private static void send(HttpServletResponse resp, int status, ObjectNode body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("utf-8");
        JSON.writeValue(resp.getOutputStream(), body);
    }
}
