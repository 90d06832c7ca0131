package org.claimgraph.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.Sample;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.NamedGraph;
import org.claimgraph.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The exports of the sample, extracted with the real pipeline into a real TDB2 store: what the graph view holds,
 * and that each format is valid (against its schema where there is one), opens in its tool and says the same.
 */
class ExportTest {
    private static final String ENTITY = Sample.IRIS.entityNamespace();
    private static final Path GOLD = Path.of("src/test/resources/gold/ai-panel-2023.zh.gold.json");

    @TempDir static Path dir;
    private static Store store;
    private static GraphView view;

    @BeforeAll
    static void loadTheSample() {
        store = Store.open(dir.resolve("db"));
        Sample.load(store, Sample.graph());
        view = GraphViewReader.read(store.dataset(), EntityScope.IN_CLAIMS, "en");
    }

    @AfterAll
    static void close() {
        store.close();
    }

    // ---- the view ------------------------------------------------------------------------------------------

    @Test
    void everyClaimIsOneEdgeWithTheCertaintyAndSupportTheGoldGivesIt() throws IOException {
        Graph sample = Sample.graph().graph();
        assertEquals(sample.find(Node.ANY, RDF.Nodes.type, CG.Nodes.Claim).toList().size(), view.edges().size());
        assertEquals(59, view.edges().size(), "the README says the sample gives 59 claims");

        for (String[] claim : List.of(new String[]{"ChatGPT", "basedOn", "GPT-3.5", "positive"},
                new String[]{"code-data", "improves", "reasoning", "positive"},
                new String[]{"vision-model", "enables", "self-driving", "negative"})) {
            JsonNode gold = gold(claim[0], claim[1], claim[2], claim[3]);
            ClaimEdge e = edge(claim[0], claim[1], claim[2]);
            assertEquals(claim[3], e.polarity());
            assertEquals(gold.path("certainty").asText(), e.certainty(), String.join(" ", claim));
            assertEquals(gold.path("evidence").size(), e.supportCount(), String.join(" ", claim));
        }
        assertEquals(4, edge("code-data", "improves", "reasoning").supportCount());
        assertTrue(edge("vision-model", "enables", "self-driving").negative());
    }

    @Test
    void nodesAreTheEntitiesOfClaimsWithLexiconLabelsTypesAndMentionCounts() {
        EntityNode chatGpt = view.node(ENTITY + "ChatGPT").orElseThrow();
        assertEquals("ChatGPT", chatGpt.label());
        assertEquals("Model", chatGpt.type());
        assertEquals(mentionCount(Sample.graph().graph(), ENTITY + "ChatGPT"), chatGpt.mentions());
        assertTrue(chatGpt.mentions() >= 5, "ChatGPT is named at least five times in the sample");
        assertEquals("code data", view.node(ENTITY + "code-data").orElseThrow().label(), "skos:prefLabel@en");
        assertEquals("Dataset", view.node(ENTITY + "code-data").orElseThrow().type());
        assertEquals("Time", view.node(Sample.IRIS.time("2023")).orElseThrow().type(), "the object of predictedFor");

        Set<String> inClaims = new HashSet<>();
        view.edges().forEach(e -> { inClaims.add(e.source()); inClaims.add(e.target()); });
        assertEquals(inClaims, iris(view.nodes()), "by default, exactly the entities that take part in a claim");
    }

    @Test
    void allEntitiesAddsTheIsolatedOnesAndLangChoosesTheLabels() {
        GraphView all = GraphViewReader.read(store.dataset(), EntityScope.ALL_MENTIONED, "zh");
        Graph sample = Sample.graph().graph();
        Set<String> mentioned = new HashSet<>();
        sample.find(Node.ANY, org.claimgraph.rdf.NIF.taIdentRef, Node.ANY).forEach(t -> mentioned.add(t.getObject().getURI()));
        assertEquals(mentioned, iris(all.nodes()));
        assertTrue(all.nodes().size() > view.nodes().size());
        assertEquals(view.edges(), all.edges());

        assertEquals("代码数据", all.node(ENTITY + "code-data").orElseThrow().label(), "skos:prefLabel@zh");
        assertEquals("ChatGPT", all.node(ENTITY + "ChatGPT").orElseThrow().label(), "no Chinese label: the English one");
        assertEquals("数量", all.node(Sample.IRIS.term("数量")).orElseThrow().label(), "a term outside the lexicon, never in a claim");
    }

    @Test
    void countsAddUpOverTranscriptsAndAClaimInTwoIsStillOneEdge() {
        // The sample's text again under another name: a second transcript that says everything the first says.
        var t = Sample.transcript();
        var renamed = new org.claimgraph.ingest.Transcript("again.txt", t.text(), t.language(), t.contentHash(), t.format(), t.segments());
        var x = Sample.extraction();
        NamedGraph again = new org.claimgraph.rdf.ExtractionGraph(Sample.IRIS, Sample.extractor().lexicon(), "test")
                .build(new org.claimgraph.extract.Extraction(renamed, x.mentions(), x.quantities(), x.claims()), Sample.EXTRACTED_AT);
        try (Store two = Store.open(dir.resolve("two"))) {
            Sample.load(two, Sample.graph());
            Sample.load(two, again);
            GraphView doubled = GraphViewReader.read(two.dataset(), EntityScope.IN_CLAIMS, "en");
            assertEquals(view.edges().size(), doubled.edges().size());
            assertEquals(iris(view.nodes()), iris(doubled.nodes()));
            assertEquals(2 * view.node(ENTITY + "ChatGPT").orElseThrow().mentions(), doubled.node(ENTITY + "ChatGPT").orElseThrow().mentions());
            ClaimEdge e = find(doubled, "code-data", "improves", "reasoning");
            assertEquals(8, e.supportCount());
            assertEquals("asserted", e.certainty());
        }
    }

    // ---- the formats ---------------------------------------------------------------------------------------

    @Test
    void graphmlIsValidAgainstTheGraphmlSchemaAndDeclaresItsKeys() throws Exception {
        String xml = write(ExportFormat.graphml, view);
        assertEquals(List.of(), Schemas.errors(Schemas.graphml(), xml));

        Document doc = Schemas.parse(xml);
        Map<String, String> keys = new HashMap<>();
        for (Element k : elements(doc, "key")) keys.put(k.getAttribute("id"), k.getAttribute("for") + " " + k.getAttribute("attr.type"));
        assertEquals("node string", keys.get("label"));
        assertEquals("node string", keys.get("type"));
        assertEquals("node long", keys.get("mentions"));
        assertEquals("edge string", keys.get("relation"));
        assertEquals("edge string", keys.get("certainty"));
        assertEquals("edge string", keys.get("polarity"));
        assertEquals("edge long", keys.get("supportCount"));

        assertEquals(view.nodes().size(), elements(doc, "node").size());
        assertEquals(view.edges().size(), elements(doc, "edge").size());
        Map<String, Map<String, String>> nodesById = new HashMap<>();
        for (Element n : elements(doc, "node")) nodesById.put(n.getAttribute("id"), data(n));
        Map<String, String> chatGpt = nodesById.values().stream().filter(d -> d.get("iri").equals(ENTITY + "ChatGPT")).findFirst().orElseThrow();
        assertEquals(Map.of("iri", ENTITY + "ChatGPT", "label", "ChatGPT", "type", "Model",
                "mentions", Long.toString(view.node(ENTITY + "ChatGPT").orElseThrow().mentions())), chatGpt);

        ClaimEdge basedOn = edge("ChatGPT", "basedOn", "GPT-3.5");
        Element e = elements(doc, "edge").stream().filter(x -> data(x).get("iri").equals(basedOn.iri())).findFirst().orElseThrow();
        assertEquals(ENTITY + "ChatGPT", nodesById.get(e.getAttribute("source")).get("iri"));
        assertEquals(ENTITY + "GPT-3.5", nodesById.get(e.getAttribute("target")).get("iri"));
        assertEquals(Map.of("iri", basedOn.iri(), "relation", "basedOn", "certainty", "asserted", "polarity", "positive",
                "supportCount", "1"), data(e));
    }

    @Test
    void theGraphmlSchemaCatchesAnUndeclaredKey() throws Exception {
        String xml = write(ExportFormat.graphml, view).replaceFirst("<data key=\"label\">", "<data key=\"nolabel\">");
        assertFalse(Schemas.errors(Schemas.graphml(), xml).isEmpty(), "the schema check must be able to fail");
    }

    @Test
    void gexfIsValidGexf13WithDeclaredAttributes() throws Exception {
        String xml = write(ExportFormat.gexf, view);
        assertEquals(List.of(), Schemas.errors(Schemas.gexf(), xml));
        assertFalse(Schemas.errors(Schemas.gexf(), xml.replace("version=\"1.3\"", "version=\"1.2\"")).isEmpty(),
                "the grammar check must be able to fail");

        Document doc = Schemas.parse(xml);
        assertEquals(GexfWriter.NS, doc.getDocumentElement().getNamespaceURI());
        Map<String, String> declared = new HashMap<>();
        for (Element attrs : elements(doc, "attributes")) {
            for (Element a : children(attrs, "attribute")) declared.put(attrs.getAttribute("class") + "." + a.getAttribute("id"), a.getAttribute("type"));
        }
        assertEquals(Map.of("node.type", "string", "node.mentions", "long", "edge.relation", "string",
                "edge.certainty", "string", "edge.polarity", "string", "edge.supportCount", "long"), declared);

        Element nodes = elements(doc, "nodes").get(0);
        assertEquals(Integer.toString(view.nodes().size()), nodes.getAttribute("count"));
        assertEquals(view.nodes().size(), children(nodes, "node").size());
        assertEquals(Integer.toString(view.edges().size()), elements(doc, "edges").get(0).getAttribute("count"));

        Element chatGpt = byId(elements(doc, "node"), ENTITY + "ChatGPT");
        assertEquals("ChatGPT", chatGpt.getAttribute("label"));
        assertEquals("Model", attvalues(chatGpt).get("type"));

        ClaimEdge improves = edge("code-data", "improves", "reasoning");
        Element e = byId(elements(doc, "edge"), improves.iri());
        assertEquals(ENTITY + "code-data", e.getAttribute("source"));
        assertEquals(ENTITY + "reasoning", e.getAttribute("target"));
        assertEquals("4", e.getAttribute("weight"));
        assertEquals(Map.of("relation", "improves", "certainty", "asserted", "polarity", "positive", "supportCount", "4"), attvalues(e));
    }

    @Test
    void cytoscapeJsonHasElementsWithData() throws Exception {
        JsonNode json = new ObjectMapper().readTree(write(ExportFormat.cytoscape, view));
        JsonNode nodes = json.path("elements").path("nodes");
        JsonNode edges = json.path("elements").path("edges");
        assertEquals(view.nodes().size(), nodes.size());
        assertEquals(view.edges().size(), edges.size());
        Set<String> ids = new HashSet<>();
        nodes.forEach(n -> ids.add(n.path("data").path("id").asText()));
        edges.forEach(e -> {
            assertTrue(ids.contains(e.path("data").path("source").asText()), e.toString());
            assertTrue(ids.contains(e.path("data").path("target").asText()), e.toString());
        });
        JsonNode chatGpt = find(nodes, ENTITY + "ChatGPT").path("data");
        assertEquals("ChatGPT", chatGpt.path("label").asText());
        assertEquals("Model", chatGpt.path("type").asText());
        assertTrue(chatGpt.path("mentions").isIntegralNumber());

        ClaimEdge denied = edge("vision-model", "enables", "self-driving");
        JsonNode e = find(edges, denied.iri()).path("data");
        assertEquals(ENTITY + "vision-model", e.path("source").asText());
        assertEquals(ENTITY + "self-driving", e.path("target").asText());
        assertEquals("enables", e.path("relation").asText());
        assertEquals("hedged", e.path("certainty").asText());
        assertEquals("negative", e.path("polarity").asText());
        assertEquals(1, e.path("supportCount").asInt());
    }

    @Test
    void dotRendersWithGraphviz() throws Exception {
        String dot = write(ExportFormat.dot, view);
        assertTrue(dot.startsWith("// ClaimGraph") && dot.contains("digraph claimgraph {"), dot.substring(0, 200));
        String svg = renderSvg(dot);
        assertTrue(svg.contains("<svg"), svg.substring(0, Math.min(300, svg.length())));
        assertTrue(svg.contains(">ChatGPT</text>"), "a node label is drawn");
        assertTrue(svg.contains(">improves ×4</text>"), "an edge label with its support count is drawn");
        assertTrue(svg.contains(">not enables</text>"), "a denied claim says so");
    }

    @Test
    void jsonLdReadsBackAsRdfWithTheClaimGraphTerms() throws Exception {
        String json = write(ExportFormat.jsonld, view);
        JsonNode parsed = new ObjectMapper().readTree(json);
        JsonNode committed = new ObjectMapper().readTree(Files.readString(Path.of(JsonLdWriter.CONTEXT_FILE)));
        assertEquals(committed.get("@context"), parsed.get("@context"), "the context inline is the committed one");

        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(json, Lang.JSONLD).parse(g);
        Node chatGpt = NodeFactory.createURI(ENTITY + "ChatGPT");
        Node claim = NodeFactory.createURI(edge("ChatGPT", "basedOn", "GPT-3.5").iri());
        assertTrue(g.contains(chatGpt, RDF.Nodes.type, CG.Model.asNode()));
        assertTrue(g.contains(chatGpt, RDFS.Nodes.label, NodeFactory.createLiteralString("ChatGPT")));
        assertTrue(g.contains(chatGpt, CG.Nodes.mentionCount, NodeFactory.createLiteralDT(
                Long.toString(view.node(ENTITY + "ChatGPT").orElseThrow().mentions()), XSDDatatype.XSDinteger)));
        assertTrue(g.contains(claim, RDF.Nodes.type, CG.Nodes.Claim));
        assertTrue(g.contains(claim, RDF.Nodes.subject, chatGpt));
        assertTrue(g.contains(claim, RDF.Nodes.predicate, CG.basedOn.asNode()));
        assertTrue(g.contains(claim, RDF.Nodes.object, NodeFactory.createURI(ENTITY + "GPT-3.5")));
        assertTrue(g.contains(claim, CG.Nodes.certainty, CG.asserted.asNode()));
        assertTrue(g.contains(claim, CG.Nodes.polarity, CG.Nodes.positive));
        assertTrue(g.contains(claim, CG.Nodes.supportCount, NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger)));
        assertEquals(view.edges().size(), g.find(Node.ANY, RDF.Nodes.type, CG.Nodes.Claim).toList().size());
    }

    /** Labels with markup, quotes, backslashes, line breaks, Chinese and a control character, in every format. */
    @Test
    void awkwardLabelsSurviveEveryFormat() throws Exception {
        String awkward = "He said \"x\" & <y> 'q' C:\\path\\n 中文\tend\nnext\u0001";
        String expected = awkward.replace('\u0001', '\uFFFD');
        EntityNode a = new EntityNode("http://example.org/entity/a", awkward, "Concept", 2);
        EntityNode b = new EntityNode("http://example.org/entity/%E4%B8%AD", "中文模型", "Model", 1);
        GraphView g = new GraphView(List.of(a, b), List.of(new ClaimEdge("http://example.org/claim/1", a.iri(), b.iri(),
                "improves", "hedged", "negative", 3)));

        String graphml = write(ExportFormat.graphml, g);
        assertEquals(List.of(), Schemas.errors(Schemas.graphml(), graphml));
        assertEquals(expected, data(elements(Schemas.parse(graphml), "node").get(0)).get("label"));

        String gexf = write(ExportFormat.gexf, g);
        assertEquals(List.of(), Schemas.errors(Schemas.gexf(), gexf));
        assertEquals(expected, byId(elements(Schemas.parse(gexf), "node"), a.iri()).getAttribute("label"));

        JsonNode cy = new ObjectMapper().readTree(write(ExportFormat.cytoscape, g));
        assertEquals(awkward, find(cy.path("elements").path("nodes"), a.iri()).path("data").path("label").asText());

        Graph rdf = GraphFactory.createDefaultGraph();
        RDFParser.fromString(write(ExportFormat.jsonld, g), Lang.JSONLD).parse(rdf);
        assertTrue(rdf.contains(NodeFactory.createURI(a.iri()), RDFS.Nodes.label, NodeFactory.createLiteralString(awkward)));

        String dot = write(ExportFormat.dot, g);
        assertTrue(dot.contains("label=\"He said \\\"x\\\" & <y> 'q' C:\\\\path\\\\n 中文 end\\nnext \""), dot);
        String svg = renderSvg(dot);
        assertTrue(svg.contains("He said &quot;x&quot; &amp; &lt;y&gt; &#39;q&#39; C:\\path\\n 中文"), svg);
        assertTrue(svg.contains(">中文模型</text>"), svg);
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    static String write(ExportFormat format, GraphView g) throws IOException {
        StringWriter out = new StringWriter();
        format.writer().write(g, out);
        return out.toString();
    }

    /** Runs Graphviz; fails (does not skip) when it is missing, since CI installs it. */
    static String renderSvg(String dot) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("dot", "-Tsvg").redirectErrorStream(false).start();
        } catch (IOException e) {
            fail("Graphviz 'dot' is not installed (apt-get install graphviz; .ci/run installs it): " + e.getMessage());
            return null;
        }
        try (var in = p.getOutputStream()) {
            in.write(dot.getBytes(StandardCharsets.UTF_8));
        }
        byte[] svg = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "dot did not finish");
        assertEquals(0, p.exitValue(), "dot -Tsvg failed: " + err);
        return new String(svg, StandardCharsets.UTF_8);
    }

    private static ClaimEdge edge(String subject, String relation, String object) {
        return find(view, subject, relation, object);
    }

    private static ClaimEdge find(GraphView g, String subject, String relation, String object) {
        return g.edges().stream()
                .filter(e -> e.source().equals(ENTITY + subject) && e.relation().equals(relation) && e.target().equals(ENTITY + object))
                .findFirst().orElseThrow(() -> new AssertionError("no edge " + subject + " " + relation + " " + object));
    }

    private static JsonNode gold(String subject, String relation, String object, String polarity) throws IOException {
        for (JsonNode c : new ObjectMapper().readTree(GOLD.toFile()).path("claims")) {
            if (c.path("subject").asText().equals(subject) && c.path("relation").asText().equals(relation)
                    && c.path("object").asText().equals(object) && c.path("polarity").asText().equals(polarity)) return c;
        }
        throw new AssertionError("the gold has no claim " + subject + " " + relation + " " + object);
    }

    /** An entity's mentions in one transcript's graph. */
    private static long mentionCount(Graph g, String iri) {
        return g.find(Node.ANY, org.claimgraph.rdf.NIF.taIdentRef, NodeFactory.createURI(iri)).toList().size();
    }

    private static Set<String> iris(List<EntityNode> nodes) {
        Set<String> iris = new HashSet<>();
        nodes.forEach(n -> iris.add(n.iri()));
        return iris;
    }

    private static JsonNode find(JsonNode elements, String id) {
        for (JsonNode e : elements) if (e.path("data").path("id").asText().equals(id)) return e;
        throw new AssertionError("no element with id " + id);
    }

    private static List<Element> elements(Document doc, String localName) {
        NodeList list = doc.getElementsByTagNameNS("*", localName);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) out.add((Element) list.item(i));
        return out;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (org.w3c.dom.Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && e.getLocalName().equals(localName)) out.add(e);
        }
        return out;
    }

    private static Element byId(List<Element> elements, String id) {
        return elements.stream().filter(e -> e.getAttribute("id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no element with id " + id));
    }

    /** A GraphML node's or edge's {@code <data>} values by key. */
    private static Map<String, String> data(Element owner) {
        Map<String, String> values = new HashMap<>();
        for (Element d : children(owner, "data")) values.put(d.getAttribute("key"), d.getTextContent());
        return values;
    }

    /** A GEXF node's or edge's attribute values by attribute id. */
    private static Map<String, String> attvalues(Element owner) {
        Map<String, String> values = new HashMap<>();
        for (Element list : children(owner, "attvalues")) {
            for (Element v : children(list, "attvalue")) values.put(v.getAttribute("for"), v.getAttribute("value"));
        }
        return values;
    }
}
