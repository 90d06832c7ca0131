package org.claimgraph.server;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.claimgraph.TestData;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.NamedGraph;
import org.claimgraph.rdf.SD;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.*;

/** VoID, the SPARQL service description and the dumps, over real HTTP, checked against what the store holds. */
class DatasetDescriptionTest {
    private static final String PREFIXES = """
            PREFIX cg:   <https://w3id.org/claimgraph/ns#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;
    private static Fixture fixture;

    @BeforeAll
    static void start() {
        fixture = Fixture.start(s -> s);
    }

    @AfterAll
    static void stop() {
        if (fixture != null) fixture.close();
    }

    private static Model turtle(HttpResponse<String> r) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        return m;
    }

    private static long number(Model m, String subject, Property p) {
        RDFNode n = m.createResource(subject).getProperty(p).getObject();
        return n.asLiteral().getLong();
    }

    private static String voidIri(String fragment) { return fixture.url("/.well-known/void") + "#" + fragment; }

    @Test
    void voidCountsTriplesEntitiesClaimsTranscriptsAndLinksAsTheStoreHoldsThem() throws Exception {
        HttpResponse<String> r = fixture.get("/.well-known/void", null);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"), "Turtle by default");
        Model m = turtle(r);
        String ds = voidIri("claimgraph");
        assertTrue(m.contains(m.createResource(ds), RDF.type, VOID.Dataset));
        assertEquals(fixture.count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), number(m, ds, VOID.triples));
        assertEquals(fixture.count("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \"http://localhost:3030/\")) }"),
                number(m, ds, VOID.entities));
        assertEquals(fixture.count(PREFIXES + "SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e a cg:Entity }"), number(m, voidIri("entities"), VOID.entities));
        assertEquals(2, number(m, voidIri("claims"), VOID.entities));
        assertEquals(1, number(m, voidIri("transcripts"), VOID.entities));
        assertTrue(m.contains(m.createResource(voidIri("claims")), VOID._class, CG.Claim));

        assertTrue(m.contains(m.createResource(ds), VOID.sparqlEndpoint, m.createResource(fixture.url("/kg/sparql"))));
        Set<String> dumps = new HashSet<>();
        m.listObjectsOfProperty(m.createResource(ds), VOID.dataDump).forEach(d -> dumps.add(d.asResource().getURI()));
        assertEquals(Set.of(fixture.url("/dumps/claimgraph.nq.gz"), fixture.url("/dumps/claimgraph.trig.gz")), dumps);

        long wikidata = fixture.count(PREFIXES + "SELECT (COUNT(*) AS ?n) { ?s skos:exactMatch ?o FILTER(STRSTARTS(STR(?o), \"http://www.wikidata.org/entity/\")) }");
        long dbpedia = fixture.count(PREFIXES + "SELECT (COUNT(*) AS ?n) { ?s skos:exactMatch ?o FILTER(STRSTARTS(STR(?o), \"http://dbpedia.org/resource/\")) }");
        assertTrue(wikidata > 50, "the lexicon's Wikidata links: " + wikidata);
        assertTrue(dbpedia >= 1, "the fixture's DBpedia link");
        for (String[] linkset : new String[][]{{"wikidata-links", "wikidata"}, {"dbpedia-links", "dbpedia"}}) {
            Resource ls = m.createResource(voidIri(linkset[0]));
            assertTrue(m.contains(ls, RDF.type, VOID.Linkset), linkset[0]);
            assertTrue(m.contains(ls, VOID.linkPredicate, SKOS.exactMatch));
            assertTrue(m.contains(ls, VOID.target, m.createResource(ds)));
            assertTrue(m.contains(ls, VOID.target, m.createResource(voidIri(linkset[1]))));
            assertTrue(m.contains(m.createResource(ds), VOID.subset, ls));
        }
        assertEquals(wikidata, number(m, voidIri("wikidata-links"), VOID.triples));
        assertEquals(dbpedia, number(m, voidIri("dbpedia-links"), VOID.triples));
    }

    @Test
    void voidSaysWhatIsThereNowAndComesInTheOtherRepresentationsToo() throws Exception {
        Node name = NodeFactory.createURI("http://localhost:3030/transcript/second.txt");
        var g = GraphFactory.createDefaultGraph();
        g.add(name, RDF.type.asNode(), CG.Transcript.asNode());
        g.add(NodeFactory.createURI("http://localhost:3030/claim/1111111111111111"), RDF.type.asNode(), CG.Claim.asNode());
        long before = number(turtle(fixture.get("/.well-known/void", null)), voidIri("claimgraph"), VOID.triples);
        fixture.store.replaceGraphs(List.of(new NamedGraph(name, g)));
        try {
            Model m = turtle(fixture.get("/.well-known/void", "text/turtle"));
            assertEquals(before + 2, number(m, voidIri("claimgraph"), VOID.triples));
            assertEquals(2, number(m, voidIri("transcripts"), VOID.entities));
            assertEquals(3, number(m, voidIri("claims"), VOID.entities));
        } finally {
            fixture.store.replaceGraphs(List.of(new NamedGraph(name, GraphFactory.createDefaultGraph())));
        }
        HttpResponse<String> jsonld = fixture.get("/.well-known/void", "application/ld+json");
        assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        Model fromJson = ModelFactory.createDefaultModel();
        RDFParser.fromString(jsonld.body(), Lang.JSONLD).parse(fromJson);
        assertTrue(fromJson.contains(fromJson.createResource(voidIri("claimgraph")), RDF.type, VOID.Dataset));
        HttpResponse<String> html = fixture.get("/.well-known/void", "text/html");
        assertTrue(html.body().contains("Wikidata") && html.body().contains("DBpedia"), html.body());
        assertEquals(406, fixture.get("/.well-known/void", "application/pdf").statusCode());
    }

    @Test
    void theEndpointDescribesItselfWhenOpenedWithoutAQuery() throws Exception {
        HttpResponse<String> r = fixture.get("/kg/sparql", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model m = turtle(r);
        Resource service = m.createResource(fixture.url("/kg/sparql"));
        assertTrue(m.contains(service, RDF.type, SD.Service));
        assertTrue(m.contains(service, SD.endpoint, service));
        assertTrue(m.contains(service, SD.supportedLanguage, SD.SPARQL11Query));
        assertFalse(m.contains(null, SD.supportedLanguage, SD.SPARQL11Update), "no update by default");
        assertTrue(m.contains(service, SD.resultFormat, SD.Formats.SPARQL_Results_JSON));
        assertTrue(m.contains(service, SD.resultFormat, SD.Formats.Turtle));
        assertTrue(m.contains(service, SD.feature, SD.UnionDefaultGraph));
        assertFalse(m.contains(service, SD.feature, SD.BasicFederatedQuery), "SERVICE is off by default");

        Resource dataset = service.getPropertyResourceValue(SD.defaultDataset);
        assertEquals(fixture.url("/.well-known/void") + "#claimgraph", dataset.getURI(), "the dataset VoID describes");
        Resource defaultGraph = dataset.getPropertyResourceValue(SD.defaultGraph);
        assertEquals(fixture.count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), defaultGraph.getProperty(VOID.triples).getLong());
        List<Resource> named = m.listObjectsOfProperty(dataset, SD.namedGraph).mapWith(RDFNode::asResource).toList();
        assertEquals(fixture.store.graphNames().size(), named.size());
        Resource transcript = named.stream().filter(n -> n.getPropertyResourceValue(SD.name).getURI().equals(fixture.transcript())).findFirst().orElseThrow();
        assertEquals(fixture.quadsIn(NodeFactory.createURI(fixture.transcript())),
                transcript.getPropertyResourceValue(SD.graph).getProperty(VOID.triples).getLong());

        assertTrue(fixture.get("/kg/sparql", "text/html").body().contains("SPARQL service description"));
        HttpResponse<String> head = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(fixture.url("/kg/sparql")))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertTrue(head.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
    }

    @Test
    void queriesByGetAndPostStillReachFuseki() throws Exception {
        String ask = "ASK { ?s a <https://w3id.org/claimgraph/ns#Claim> }";
        HttpResponse<String> get = fixture.get("/kg/sparql?query=" + URLEncoder.encode(ask, StandardCharsets.UTF_8), "application/sparql-results+json");
        assertEquals(200, get.statusCode());
        assertTrue(get.body().contains("\"boolean\" : true"), get.body());
        HttpResponse<String> post = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(fixture.url("/kg/sparql")))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(ask)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, post.statusCode());
        assertTrue(post.body().contains("\"boolean\" : true"), post.body());
    }

    @Test
    void theDumpsHoldEveryQuadOfTheStoreGzipped() throws Exception {
        long quads = TestData.quadCount(fixture.store.dataset());
        for (String[] dump : new String[][]{{"/dumps/claimgraph.nq.gz", "NQUADS"}, {"/dumps/claimgraph.trig.gz", "TRIG"}}) {
            HttpResponse<byte[]> r = fixture.getBytes(dump[0]);
            assertEquals(200, r.statusCode(), dump[0]);
            assertEquals("application/gzip", r.headers().firstValue("Content-Type").orElse(""));
            assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains(dump[0].substring("/dumps/".length())));
            DatasetGraph parsed = DatasetGraphFactory.create();
            Lang lang = dump[1].equals("TRIG") ? Lang.TRIG : Lang.NQUADS;
            RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(r.body()))).lang(lang).parse(parsed);
            assertEquals(quads, TestData.quadCount(parsed), dump[0]);
            Set<Node> names = new HashSet<>();
            parsed.listGraphNodes().forEachRemaining(names::add);
            assertEquals(new HashSet<>(fixture.store.graphNames()), names, dump[0]);
        }
    }

    @Test
    void aHeadOfADumpSendsTheHeadersAndAnUnknownDumpGets404() throws Exception {
        HttpResponse<String> head = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(fixture.url("/dumps/claimgraph.nq.gz")))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("application/gzip", head.headers().firstValue("Content-Type").orElse(""));
        assertEquals("", head.body());
        assertEquals(404, fixture.get("/dumps/claimgraph.rdf", null).statusCode());
    }
}
