package org.claimgraph.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.export.EntityScope;
import org.claimgraph.export.ExportFormat;
import org.claimgraph.export.GraphView;
import org.claimgraph.export.GraphViewReader;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.IriScheme;
import org.claimgraph.rdf.NIF;
import org.claimgraph.rdf.Prefixes;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The JSON the web UI reads, each made from the served dataset in one read transaction:
 * <ul>
 * <li>{@code /ui/queries.json}: the canned queries, {@code [{file, question, description, query, graph}]};</li>
 * <li>{@code /ui/prefixes.json}: the prefixes ClaimGraph writes RDF with, {@code {prefix: namespace}} (prefix.cc's
 *     format, which the editor's prefix autocompletion reads instead of its bundled list of thousands);</li>
 * <li>{@code /ui/graph.json?lang=en}: the graph of entities and claims as Cytoscape.js elements, as
 *     {@code claimgraph export --format cytoscape} writes it;</li>
 * <li>{@code /ui/claim.json?iri=CLAIM}: one claim with its evidence (quote, code-point offsets, certainty, cue,
 *     source, and where said: what it is about ({@code aspect}), the year of a prediction, the quantities said with
 *     it, who it is attributed to) and the full text of each source transcript; 404 for an IRI that is not a
 *     claim.</li>
 * </ul>
 * Every IRI of the dataset that has a page on this server comes with its path ({@code page}).
 */
final class UiData extends HttpServlet {
    static final String QUERIES = "/ui/queries.json";
    static final String PREFIX_MAP = "/ui/prefixes.json";
    static final String GRAPH = "/ui/graph.json";
    static final String CLAIM = "/ui/claim.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIXES = Prefixes.SPARQL;

    private static final String CLAIM_QUERY = PREFIXES + """
            SELECT ?subject ?relation ?object ?polarity ?certainty ?support ?relationLabel WHERE {
              ?claim a cg:Claim ; rdf:subject ?subject ; rdf:predicate ?relation ; rdf:object ?object ; cg:polarity ?polarity .
              OPTIONAL { ?claim cg:certainty ?certainty }
              OPTIONAL { ?claim cg:supportCount ?support }
              OPTIONAL { ?relation rdfs:label ?relationLabel FILTER (LANGMATCHES(LANG(?relationLabel), "en")) }
            } LIMIT 1
            """;

    private static final String EVIDENCE_QUERY = PREFIXES + """
            SELECT ?evidence ?certainty ?cue ?aspect ?year ?attributedTo ?source ?start ?end ?quote WHERE {
              ?claim cg:hasEvidence ?evidence .
              ?evidence oa:hasTarget ?target .
              OPTIONAL { ?evidence cg:certainty ?certainty }
              OPTIONAL { ?evidence cg:certaintyCue ?cue }
              OPTIONAL { ?evidence cg:aspect ?aspect }
              OPTIONAL { ?evidence cg:year ?year }
              OPTIONAL { ?evidence prov:wasAttributedTo ?attributedTo }
              ?target oa:hasSource ?source ; oa:hasSelector ?position , ?quoteSelector .
              ?position a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
              ?quoteSelector a oa:TextQuoteSelector ; oa:exact ?quote .
            } ORDER BY ?source ?start ?end
            """;

    private static final String QUANTITY_QUERY = PREFIXES + """
            SELECT ?evidence ?text WHERE {
              ?claim cg:hasEvidence ?evidence .
              ?evidence cg:quantity ?quantity .
              ?quantity nif:anchorOf ?text ; nif:beginIndex ?begin .
            } ORDER BY ?evidence ?begin
            """;

    private final DatasetGraph dataset;
    private final IriScheme iris;
    private final List<CannedQueries.Query> queries;

    UiData(DatasetGraph dataset, IriScheme iris, List<CannedQueries.Query> queries) {
        this.dataset = dataset;
        this.iris = iris;
        this.queries = queries;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        switch (req.getServletPath()) {
            case QUERIES -> send(resp, queriesJson());
            case PREFIX_MAP -> send(resp, prefixesJson());
            case GRAPH -> graph(req, resp);
            case CLAIM -> claim(req, resp);
            default -> Responses.error(resp, HttpServletResponse.SC_NOT_FOUND, "404 Not Found");
        }
    }

    private ArrayNode queriesJson() {
        ArrayNode list = JSON.createArrayNode();
        for (CannedQueries.Query q : queries) {
            list.addObject().put("file", q.file()).put("question", q.question()).put("description", q.description())
                    .put("query", q.text()).put("graph", q.givesGraph());
        }
        return list;
    }

    private ObjectNode prefixesJson() {
        ObjectNode map = JSON.createObjectNode();
        new TreeMap<>(Prefixes.forBase(iris).getMapping()).forEach(map::put);
        return map;
    }

    private void graph(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String lang = Optional.ofNullable(req.getParameter("lang")).orElse("en");
        if (!lang.matches("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*")) {
            Responses.error(resp, HttpServletResponse.SC_BAD_REQUEST, "400 Bad Request: lang=" + lang + " is not a language tag, e.g. en or zh");
            return;
        }
        GraphView view = GraphViewReader.read(dataset, EntityScope.IN_CLAIMS, lang);
        jsonHeaders(resp);
        Writer out = new OutputStreamWriter(resp.getOutputStream(), StandardCharsets.UTF_8);
        ExportFormat.cytoscape.writer().write(view, out);
        out.flush();
    }

    private void claim(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String iri = req.getParameter("iri");
        if (iri == null || iri.isBlank()) {
            Responses.error(resp, HttpServletResponse.SC_BAD_REQUEST, "400 Bad Request: give the claim's IRI, e.g. " + CLAIM + "?iri=" + iris.base() + "claim/...");
            return;
        }
        Optional<ObjectNode> claim = Txn.calculateRead(dataset, () -> describeClaim(NodeFactory.createURI(iri)));
        if (claim.isEmpty()) {
            Responses.error(resp, HttpServletResponse.SC_NOT_FOUND, "404 Not Found: there is no claim <" + iri + "> in this dataset");
            return;
        }
        send(resp, claim.get());
    }

    private Optional<ObjectNode> describeClaim(Node claim) {
        Graph union = dataset.getUnionGraph();
        List<Binding> found = select(union, CLAIM_QUERY, claim);
        if (found.isEmpty()) return Optional.empty();
        Binding row = found.get(0);
        ObjectNode c = JSON.createObjectNode();
        c.put("iri", claim.getURI());
        putPage(c, claim.getURI());
        c.set("subject", entity(union, row.get("subject")));
        c.put("relation", localName(row.get("relation")));
        c.put("relationLabel", row.contains("relationLabel") ? row.get("relationLabel").getLiteralLexicalForm() : localName(row.get("relation")));
        c.set("object", entity(union, row.get("object")));
        c.put("polarity", localName(row.get("polarity")));
        if (row.contains("certainty")) c.put("certainty", localName(row.get("certainty")));
        if (row.contains("support")) c.put("supportCount", ((Number) row.get("support").getLiteralValue()).longValue());

        ArrayNode evidence = c.putArray("evidence");
        Map<Node, ObjectNode> sources = new LinkedHashMap<>();
        Map<Node, List<String>> quantities = new LinkedHashMap<>();
        for (Binding q : select(union, QUANTITY_QUERY, claim)) {
            quantities.computeIfAbsent(q.get("evidence"), k -> new java.util.ArrayList<>()).add(q.get("text").getLiteralLexicalForm());
        }
        for (Binding e : select(union, EVIDENCE_QUERY, claim)) {
            ObjectNode ev = evidence.addObject();
            ev.put("iri", e.get("evidence").getURI());
            ev.put("quote", e.get("quote").getLiteralLexicalForm());
            ev.put("start", ((Number) e.get("start").getLiteralValue()).longValue());
            ev.put("end", ((Number) e.get("end").getLiteralValue()).longValue());
            if (e.contains("certainty")) ev.put("certainty", localName(e.get("certainty")));
            if (e.contains("cue")) ev.put("cue", e.get("cue").getLiteralLexicalForm());
            if (e.contains("aspect")) ev.set("aspect", entity(union, e.get("aspect")));
            if (e.contains("year")) ev.put("year", e.get("year").getLiteralLexicalForm());
            if (e.contains("attributedTo")) ev.set("attributedTo", entity(union, e.get("attributedTo")));
            List<String> said = quantities.getOrDefault(e.get("evidence"), List.of());
            if (!said.isEmpty()) said.forEach(ev.putArray("quantities")::add);
            Node source = e.get("source");
            ev.put("source", source.getURI());
            sources.computeIfAbsent(source, s -> transcript(union, s));
        }
        ObjectNode bySource = c.putObject("sources");
        sources.forEach((iri, t) -> bySource.set(iri.getURI(), t));
        return Optional.of(c);
    }

    private ObjectNode entity(Graph union, Node e) {
        ObjectNode n = JSON.createObjectNode();
        n.put("iri", e.getURI());
        n.put("label", label(union, e));
        putPage(n, e.getURI());
        return n;
    }

    private ObjectNode transcript(Graph union, Node t) {
        ObjectNode n = JSON.createObjectNode();
        n.put("iri", t.getURI());
        n.put("label", label(union, t));
        putPage(n, t.getURI());
        first(union, t, NIF.isString, Node::getLiteralLexicalForm).ifPresent(text -> n.put("text", text));
        return n;
    }

    /** The English skos:prefLabel, else the English rdfs:label, else any of them, else the end of the IRI. */
    private static String label(Graph union, Node x) {
        for (Node property : List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode())) {
            Optional<String> en = union.find(x, property, Node.ANY).toList().stream().map(t -> t.getObject())
                    .filter(o -> o.isLiteral() && o.getLiteralLanguage().equalsIgnoreCase("en")).map(Node::getLiteralLexicalForm).sorted().findFirst();
            if (en.isPresent()) return en.get();
        }
        for (Node property : List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode())) {
            Optional<String> any = first(union, x, property, Node::getLiteralLexicalForm);
            if (any.isPresent()) return any.get();
        }
        String iri = x.getURI();
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }

    private static <T> Optional<T> first(Graph g, Node s, Node p, Function<Node, T> value) {
        return g.find(s, p, Node.ANY).toList().stream().map(t -> t.getObject()).filter(Node::isLiteral).map(value).findFirst();
    }

    /** The path of an IRI's page on this server, when it has one. */
    private void putPage(ObjectNode n, String iri) {
        if (!iri.startsWith(iris.base())) return;
        String rel = iri.substring(iris.base().length());
        for (LinkedDataServlet.Kind kind : LinkedDataServlet.Kind.values()) {
            if (rel.startsWith(kind.segment + "/")) {
                int hash = rel.indexOf('#');
                n.put("page", "/" + HtmlPage.encodePath(hash < 0 ? rel : rel.substring(0, hash)));
                return;
            }
        }
    }

    private static List<Binding> select(Graph g, String query, Node claim) {
        try (QueryExec qe = QueryExec.graph(g).query(query).substitution("claim", claim).build()) {
            List<Binding> rows = new ArrayList<>();
            qe.select().forEachRemaining(rows::add);
            return rows;
        }
    }

    private static String localName(Node n) {
        return CG.localName(n.isURI() ? n.getURI() : n.toString());
    }

    private static void jsonHeaders(HttpServletResponse resp) {
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("utf-8");
        resp.setHeader("Cache-Control", "no-cache");
    }

    private static void send(HttpServletResponse resp, Object json) throws IOException {
        jsonHeaders(resp);
        JSON.writeValue(resp.getOutputStream(), json);
    }
}
