package org.claimgraph.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.Sample;
import org.claimgraph.extract.Certainty;
import org.claimgraph.extract.Claim;
import org.claimgraph.extract.Extraction;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Polarity;
import org.claimgraph.extract.Statement;
import org.claimgraph.ingest.Segment;
import org.claimgraph.ingest.Transcript;
import org.claimgraph.lexicon.Concept;
import org.claimgraph.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ExtractionGraphTest {
    private static final IriScheme IRIS = Sample.IRIS;
    private static final String TRANSCRIPT = "http://localhost:3030/transcript/ai-panel-2023.zh.txt";

    private static final Concept GPT = new Concept(IRIS.entityNamespace() + "GPT", CG.Model.getURI(), "GPT");
    private static final Concept REASONING = new Concept(IRIS.entityNamespace() + "reasoning", CG.Capability.getURI(), "reasoning");

    private static Node uri(String s) { return NodeFactory.createURI(s); }

    @Test
    void theSampleGraphIsNamedByItsTranscriptAndStoresTheTextExactly() {
        NamedGraph ng = Sample.graph();
        assertEquals(uri(TRANSCRIPT), ng.name());
        Node text = ng.graph().find(uri(TRANSCRIPT), NIF.isString, Node.ANY).next().getObject();
        assertEquals(Sample.text(), text.getLiteralLexicalForm());
        assertTrue(ng.graph().contains(uri(TRANSCRIPT), RDF.Nodes.type, CG.Nodes.Transcript));
    }

    @Test
    void positiveClaimsAreAlsoPlainTriplesBesideTheirClaimNodes() {
        Graph g = Sample.graph().graph();
        Node code = uri(IRIS.entityNamespace() + "code-data");
        Node reasoning = uri(IRIS.entityNamespace() + "reasoning");
        assertTrue(g.contains(code, CG.improves.asNode(), reasoning));
        Node claim = uri(IRIS.claim(code.getURI(), "improves", reasoning.getURI(), Polarity.POSITIVE));
        assertTrue(g.contains(claim, RDF.Nodes.type, CG.Nodes.Claim));
        assertTrue(g.contains(claim, RDF.Nodes.subject, code));
        assertFalse(g.contains(claim, CG.Nodes.supportCount, Node.ANY), "counts across transcripts live in the aggregates graph");
        assertEquals(4, g.find(claim, CG.Nodes.hasEvidence, Node.ANY).toList().size());
        Node activity = g.find(claim, PROV.wasGeneratedBy, Node.ANY).next().getObject();
        assertEquals(Sample.EXTRACTED_AT.toString(), g.find(activity, PROV.endedAtTime, Node.ANY).next().getObject().getLiteralLexicalForm());
        assertTrue(g.contains(activity, CG.Nodes.softwareVersion, Node.ANY));
    }

    @Test
    void extractingTwiceGivesAnIsomorphicGraph() {
        Extraction again = Sample.extractor().extract(Sample.transcript());
        NamedGraph second = new ExtractionGraph(IRIS, Sample.extractor().lexicon(), "test").build(again, Sample.EXTRACTED_AT);
        assertEquals(Sample.graph().name(), second.name());
        assertTrue(Sample.graph().graph().isIsomorphicWith(second.graph()), "same input, same graph");
        assertEquals(Sample.graph().graph().size(), second.graph().size());
    }

    @Test
    void theBaseIriIsConfigurable() {
        IriScheme other = new IriScheme("https://example.org/kg/");
        NamedGraph ng = new ExtractionGraph(other, Sample.extractor().lexicon(), "test").build(Sample.extraction(), Sample.EXTRACTED_AT);
        assertEquals("https://example.org/kg/transcript/ai-panel-2023.zh.txt", ng.name().getURI());
        assertThrows(IllegalArgumentException.class, () -> new IriScheme("not an iri/"));
        assertThrows(IllegalArgumentException.class, () -> new IriScheme("http://example.org/no-slash"));
    }

    @Test
    void offsetsAreCodePointsAndQuotesAreTheirSubstring() {
        // 𝔾 is outside the BMP: one code point, two UTF-16 units. Everything after it shifts by one.
        String text = "𝔾 GPT 提升 reasoning";
        Concept gpt = GPT;
        Concept reasoning = REASONING;
        Mention m1 = new Mention(3, 6, "GPT", gpt, "GPT", false);
        Mention m2 = new Mention(10, 19, "reasoning", reasoning, "reasoning", false);
        Statement s = new Statement(3, 19, Certainty.HEDGED, "可能", "test-rule", m1, m2);
        Claim c = new Claim(gpt, "improves", reasoning, Polarity.POSITIVE, List.of(s));
        Transcript t = new Transcript("emoji.txt", text, "zh", "0".repeat(64), "text/plain", List.of(Segment.untimed(0, text.length())));
        Lexicon lexicon = Sample.extractor().lexicon();
        Graph g = new ExtractionGraph(IRIS, lexicon, "test").build(new Extraction(t, List.of(m1, m2), List.of(c)), Sample.EXTRACTED_AT).graph();

        var model = ModelFactory.createModelForGraph(g);
        String q = """
                PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                SELECT ?start ?end ?exact (SUBSTR(?text, ?start + 1, ?end - ?start) AS ?sub) WHERE {
                  ?t oa:hasSource ?src ; oa:hasSelector ?p , ?qs .
                  ?p oa:start ?start ; oa:end ?end . ?qs oa:exact ?exact . ?src nif:isString ?text }""";
        try (QueryExecution qe = QueryExecution.create(q, model)) {
            QuerySolution row = qe.execSelect().next();
            assertEquals(2, row.getLiteral("start").getInt());
            assertEquals(18, row.getLiteral("end").getInt());
            assertEquals("GPT 提升 reasoning", row.getLiteral("exact").getString());
            assertEquals(row.getLiteral("exact").getString(), row.getLiteral("sub").getString());
        }
        assertTrue(g.contains(uri(IriScheme.mention(IRIS.transcript("emoji.txt"), 2, 5)), NIF.anchorOf, NodeFactory.createLiteralString("GPT")));
    }

    @Test
    void aNegativeClaimHasNoPlainTriple() {
        String text = "GPT 不能 提升 reasoning";
        Concept gpt = GPT;
        Concept reasoning = REASONING;
        Mention m1 = new Mention(0, 3, "GPT", gpt, "GPT", false);
        Mention m2 = new Mention(10, 19, "reasoning", reasoning, "reasoning", false);
        Claim c = new Claim(gpt, "improves", reasoning, Polarity.NEGATIVE, List.of(new Statement(0, 19, Certainty.ASSERTED, null, "r", m1, m2)));
        Transcript t = new Transcript("neg.txt", text, "zh", "0".repeat(64), "text/plain", List.of());
        Graph g = new ExtractionGraph(IRIS, Sample.extractor().lexicon(), "test").build(new Extraction(t, List.of(m1, m2), List.of(c)), Sample.EXTRACTED_AT).graph();
        assertFalse(g.contains(uri(gpt.iri()), CG.improves.asNode(), uri(reasoning.iri())));
        Node claim = uri(IRIS.claim(gpt.iri(), "improves", reasoning.iri(), Polarity.NEGATIVE));
        assertTrue(g.contains(claim, CG.Nodes.polarity, CG.Nodes.negative));
        assertNotEquals(claim.getURI(), IRIS.claim(gpt.iri(), "improves", reasoning.iri(), Polarity.POSITIVE), "polarity is part of a claim's identity");
    }
}
