package org.claimgraph.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
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
    void entitiesCarryTheirWikidataAndDbpediaLinksWithTheLinksRecords() {
        Graph g = Sample.graph().graph();
        Node chatgpt = uri(IRIS.entityNamespace() + "ChatGPT");
        Node item = uri("http://www.wikidata.org/entity/Q115564437");
        assertTrue(g.contains(chatgpt, SKOS.exactMatch.asNode(), item));
        assertTrue(g.contains(chatgpt, SKOS.exactMatch.asNode(), uri("http://dbpedia.org/resource/ChatGPT")));
        Node record = uri(IRIS.entityNamespace() + "ChatGPT#wikidata");
        assertTrue(g.contains(record, CG.Nodes.linkSubject, chatgpt));
        assertTrue(g.contains(record, CG.Nodes.linkTarget, item));
        assertTrue(g.contains(record, CG.Nodes.confidence, Node.ANY));
        assertTrue(g.contains(record, DCTerms.source.asNode(), Node.ANY));
        Node unmentioned = uri(IRIS.entityNamespace() + "SatyaNadella");
        assertFalse(g.contains(Node.ANY, CG.Nodes.linkSubject, unmentioned), "only the records of entities the transcript mentions");
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

    /**
     * Segments with speakers and times (as the SRT, VTT and JSON readers give them): evidence gets the speaker
     * (cg:speaker, and prov:wasAttributedTo when no one else is cited) and a Media Fragments time selector.
     */
    @Test
    void evidenceFromSpeakerLabelledTimedSegmentsCarriesTheSpeakerAndTheTimeRange() {
        String first = "其实code数据对reasoning能力很有帮助";
        String second = "然后Llama 2是Meta开源的";
        String text = first + "\n" + second;
        List<Segment> segments = List.of(
                new Segment(0, first.length(), 12.5, 15.0, "王磊"),
                new Segment(first.length() + 1, text.length(), 15.0, 18.25, "Alice Smith"));
        Transcript t = new Transcript("panel.json", text, "zh", "0".repeat(64), "application/json", segments);
        NamedGraph ng = new ExtractionGraph(IRIS, Sample.extractor().lexicon(), "test").build(Sample.extractor().extract(t), Sample.EXTRACTED_AT);
        Graph g = ng.graph();

        Node wang = uri(IRIS.entityNamespace() + "speaker/王磊");
        Node alice = uri(IRIS.entityNamespace() + "speaker/Alice-Smith");
        assertTrue(g.contains(wang, RDF.Nodes.type, CG.Nodes.Person));
        assertTrue(g.contains(uri(IriScheme.segment(ng.name().getURI(), 2)), CG.Nodes.speaker, alice));

        Node claim = uri(IRIS.claim(IRIS.entityNamespace() + "code-data", "improves", IRIS.entityNamespace() + "reasoning", Polarity.POSITIVE));
        Node evidence = g.find(claim, CG.Nodes.hasEvidence, Node.ANY).next().getObject();
        assertTrue(g.contains(evidence, CG.Nodes.speaker, wang));
        assertTrue(g.contains(evidence, PROV.wasAttributedTo, wang));
        Node target = g.find(evidence, OA.hasTarget, Node.ANY).next().getObject();
        List<String> times = g.find(target, OA.hasSelector, Node.ANY).toList().stream()
                .map(tr -> tr.getObject())
                .filter(sel -> g.contains(sel, RDF.Nodes.type, OA.FragmentSelector))
                .map(sel -> g.find(sel, RDF.Nodes.value, Node.ANY).next().getObject().getLiteralLexicalForm()).toList();
        assertEquals(List.of("t=12.5,15"), times);

        Node developed = uri(IRIS.claim(IRIS.entityNamespace() + "Llama-2", "developedBy", IRIS.entityNamespace() + "Meta", Polarity.POSITIVE));
        Node ev2 = g.find(developed, CG.Nodes.hasEvidence, Node.ANY).next().getObject();
        assertTrue(g.contains(ev2, CG.Nodes.speaker, alice));

        var report = new org.claimgraph.validate.Validator(Sample.claimGraph().vocabularyGraph())
                .validate(Sample.claimGraph().inMemoryDataset(List.of(Sample.claimGraph().vocabularyGraph(), ng)));
        assertTrue(report.conforms(), () -> report.getEntries().toString());
    }

    @Test
    void aMediaFragmentSpansTheTimedSegmentsAStatementOverlaps() {
        List<Segment> segs = List.of(new Segment(0, 5, 1.0, 2.0, null), new Segment(6, 10, 2.5, 4.75, null), new Segment(11, 12, null, null, null));
        assertEquals("t=1,4.75", ExtractionGraph.mediaFragment(ExtractionGraph.segmentsOverlapping(segs, 3, 8)));
        assertEquals("t=2.5,4.75", ExtractionGraph.mediaFragment(ExtractionGraph.segmentsOverlapping(segs, 7, 8)));
        assertNull(ExtractionGraph.mediaFragment(ExtractionGraph.segmentsOverlapping(segs, 11, 12)), "untimed input: no time");
    }
}
