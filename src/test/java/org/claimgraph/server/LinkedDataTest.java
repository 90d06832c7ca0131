package org.claimgraph.server;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.IriScheme;
import org.claimgraph.rdf.NIF;
import org.claimgraph.rdf.OA;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The linked-data pages over real HTTP. The data is minted under https://example.org/kg/ and served on localhost, so
 * every lookup also checks that the IRI is built from the base, not from the server's address.
 */
class LinkedDataTest {
    private static final String BASE = Fixture.PUBLIC_BASE;
    private static final String BROWSER = Fixture.BROWSER_ACCEPT;
    private static final String WD = "http://www.wikidata.org/entity/";
    private static final String TERM = "多模态数据";
    private static final String TERM_PATH = "/entity/term/" + URLEncoder.encode(TERM, StandardCharsets.UTF_8);
    private static Fixture fixture;

    @BeforeAll
    static void start() {
        fixture = Fixture.start(new IriScheme(BASE), s -> s);
    }

    @AfterAll
    static void stop() {
        if (fixture != null) fixture.close();
    }

    private static Model parse(HttpResponse<String> r, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), lang).parse(m);
        return m;
    }

    private static Resource res(Model m, String iri) { return m.createResource(iri); }

    @Test
    void anEntityInTurtleHasItsLabelsTypesWikidataAndDbpediaLinksAndItsClaims() throws Exception {
        HttpResponse<String> r = fixture.get("/entity/ChatGPT", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"), r.headers().toString());
        Model m = parse(r, Lang.TURTLE);
        Resource chatgpt = res(m, BASE + "entity/ChatGPT");
        assertTrue(m.contains(chatgpt, RDF.type, CG.Model));
        assertTrue(m.contains(chatgpt, SKOS.prefLabel, m.createLiteral("ChatGPT", "en")));
        assertTrue(m.contains(chatgpt, SKOS.exactMatch, res(m, WD + "Q115564437")), "the Wikidata link from the lexicon");
        assertTrue(m.contains(chatgpt, SKOS.exactMatch, res(m, "http://dbpedia.org/resource/ChatGPT")));
        Resource record = m.listSubjectsWithProperty(CG.linkTarget, res(m, WD + "Q115564437")).next();
        assertTrue(record.hasProperty(CG.linkSubject, chatgpt), "the link's record: where it was checked, how sure");
        assertTrue(record.hasProperty(CG.confidence) && record.hasProperty(org.apache.jena.vocabulary.DCTerms.source));
        Resource claim = res(m, BASE + "claim/0123456789abcdef");
        assertTrue(m.contains(claim, RDF.subject, chatgpt), "the claim it is the subject of");
        assertTrue(m.contains(claim, RDF.predicate, CG.basedOn));
        assertTrue(m.contains(res(m, BASE + "entity/GPT-3.5"), RDFS.label, m.createLiteral("GPT-3.5", "en")), "the other entity's label");
        assertFalse(m.listSubjects().toList().stream().anyMatch(s -> s.isURIResource() && s.getURI().startsWith("http://localhost")),
                "IRIs are the data's, not the server's address");
    }

    @Test
    void aChineseTermIsFoundByItsPercentEncodedPathAndSentAsNTriples() throws Exception {
        assertTrue(TERM_PATH.contains("%E5%A4%9A"), TERM_PATH);
        HttpResponse<String> r = fixture.get(TERM_PATH, "application/n-triples");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/n-triples"));
        Model m = parse(r, Lang.NTRIPLES);
        Resource term = res(m, BASE + "entity/term/" + TERM);
        assertTrue(m.contains(term, SKOS.prefLabel, m.createLiteral(TERM, "zh")), r.body());
        assertTrue(m.contains(res(m, BASE + "claim/fedcba9876543210"), RDF.subject, term));
        assertTrue(m.contains(term, CG.improves, res(m, BASE + "entity/reasoning")), "its asserted triple");
    }

    @Test
    void aClaimInJsonLdHasItsEntitiesLabelsEvidenceQuoteAndSource() throws Exception {
        HttpResponse<String> r = fixture.get("/claim/fedcba9876543210", "application/ld+json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        Model m = parse(r, Lang.JSONLD);
        Resource claim = res(m, BASE + "claim/fedcba9876543210");
        Resource evidence = res(m, fixture.transcript() + "#evidence-fedcba98-27-47");
        assertTrue(m.contains(claim, CG.certainty, CG.hedged));
        assertTrue(m.contains(claim, CG.hasEvidence, evidence));
        assertTrue(m.contains(evidence, CG.certaintyCue, "我觉得"));
        assertTrue(m.contains(null, m.createProperty(OA.exact.getURI()), "我觉得多模态数据能提升reasoning"), "the quote");
        assertTrue(m.contains(null, m.createProperty(OA.hasSource.getURI()), res(m, fixture.transcript())), "the source");
        assertTrue(m.contains(res(m, BASE + "entity/reasoning"), RDFS.label, m.createLiteral("reasoning", "en")));
        assertTrue(m.contains(res(m, BASE + "entity/term/" + TERM), RDF.type, CG.Concept), "the subject's types");
        assertTrue(m.contains(res(m, fixture.transcript()), RDFS.label, "panel.txt"), "the source's label");
    }

    @Test
    void aTranscriptDescribesItselfItsHashResourcesItsClaimsAndItsEntities() throws Exception {
        HttpResponse<String> r = fixture.get("/transcript/panel.txt", null);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"), "Turtle without an Accept header");
        Model m = parse(r, Lang.TURTLE);
        Resource t = res(m, fixture.transcript());
        assertTrue(m.contains(t, m.createProperty(NIF.isString.getURI())), "the full text");
        assertTrue(m.contains(res(m, fixture.transcript() + "#char=0,7"), m.createProperty(NIF.anchorOf.getURI()), "ChatGPT"),
                "a mention: its hash IRI resolves to this document");
        for (String claim : new String[]{"0123456789abcdef", "fedcba9876543210"}) {
            assertTrue(m.contains(res(m, BASE + "claim/" + claim), RDF.type, CG.Claim), claim);
        }
        Literal one = m.createTypedLiteral(java.math.BigInteger.ONE);
        assertTrue(m.contains(res(m, BASE + "entity/GPT-3.5"), CG.mentionCount, one), "its entities with their mention counts");
    }

    @Test
    void aBrowserGetsAPageWithLinksToPagesHereAndToWikidataAndDbpedia() throws Exception {
        HttpResponse<String> r = fixture.get("/entity/ChatGPT", BROWSER);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String page = r.body();
        assertTrue(page.contains("<h1>ChatGPT</h1>"), page);
        assertTrue(page.contains("href=\"/entity/GPT-3.5\""), "an entity of the dataset links to its page here");
        assertTrue(page.contains("href=\"/claim/0123456789abcdef\""), "its claim links to the claim's page");
        assertTrue(page.contains("href=\"http://www.wikidata.org/entity/Q115564437\">Wikidata Q115564437</a>"), page);
        assertTrue(page.contains("href=\"http://dbpedia.org/resource/ChatGPT\">DBpedia ChatGPT</a>"), page);
        assertTrue(page.contains("Wikidata Q115564437</a> <span class=\"meta\">(confidence 0.95; checked against "), "each link with its record: " + page);
        assertFalse(page.contains("ChartGPT"), "misheard forms (skos:hiddenLabel) are never shown");
        assertFalse(page.contains("<script") || page.contains("<link"), "nothing is loaded from elsewhere");

        String transcriptPage = fixture.get("/transcript/panel.txt", BROWSER).body();
        assertTrue(transcriptPage.contains("我觉得多模态数据能提升reasoning"), "the claims' quotes");
        assertTrue(transcriptPage.contains("href=\"" + TERM_PATH + "\""), "a Chinese term's page, percent-encoded: " + transcriptPage);
        HttpResponse<String> followed = fixture.get(TERM_PATH, BROWSER);
        assertEquals(200, followed.statusCode());
        assertTrue(followed.body().contains("<h1>" + TERM + "</h1>"), followed.body());
    }

    @Test
    void qValuesChooseTheRepresentationAndAFormatParameterOverridesTheHeader() throws Exception {
        assertTrue(fixture.get("/claim/0123456789abcdef", "application/ld+json;q=0.5, text/turtle;q=0.9")
                .headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(fixture.get("/claim/0123456789abcdef", "application/ld+json;q=0.9, text/turtle;q=0.5")
                .headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertTrue(fixture.get("/claim/0123456789abcdef", "*/*")
                .headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"), "what curl sends gets Turtle");
        assertTrue(fixture.get("/claim/0123456789abcdef", "text/turtle;q=0, */*;q=0.1")
                .headers().firstValue("Content-Type").orElse("").startsWith("text/html"), "q=0 refuses Turtle; HTML is next");
        HttpResponse<String> nt = fixture.get("/claim/0123456789abcdef?format=nt", BROWSER);
        assertTrue(nt.headers().firstValue("Content-Type").orElse("").startsWith("application/n-triples"));
        assertTrue(parse(nt, Lang.NTRIPLES).size() > 10);
    }

    @Test
    void anUnsupportedTypeGets406NamingWhatIsOffered() throws Exception {
        HttpResponse<String> r = fixture.get("/entity/ChatGPT", "image/png");
        assertEquals(406, r.statusCode());
        assertTrue(r.body().contains("text/turtle") && r.body().contains("application/ld+json"), r.body());
        assertEquals(1, r.body().strip().lines().count(), "one line");
    }

    @Test
    void anUnknownIriGets404() throws Exception {
        for (String path : new String[]{"/entity/NoSuchThing", "/claim/ffffffffffffffff", "/transcript/other.txt", "/entity/"}) {
            HttpResponse<String> r = fixture.get(path, "text/turtle");
            assertEquals(404, r.statusCode(), path);
            assertTrue(r.body().contains(BASE), "the message names the IRI looked up: " + r.body());
        }
    }

    @Test
    void theEndpointAndTheLandingPageStillWork() throws Exception {
        HttpResponse<String> q = fixture.get("/kg/sparql?query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertEquals(200, q.statusCode());
        assertTrue(q.body().contains("true"), q.body());
        HttpResponse<String> root = fixture.get("/", BROWSER);
        assertEquals(200, root.statusCode());
        for (String link : new String[]{"href=\"/.well-known/void\"", "href=\"/dumps/claimgraph.nq.gz\"", "href=\"/dumps/claimgraph.trig.gz\""}) {
            assertTrue(root.body().contains(link), link);
        }
        String entityLink = root.body().split("href=\"/entity/")[1].split("\"")[0];
        HttpResponse<String> entity = fixture.get("/entity/" + entityLink, BROWSER);
        assertEquals(200, entity.statusCode(), "the example entity's page: " + entityLink);
    }
}
