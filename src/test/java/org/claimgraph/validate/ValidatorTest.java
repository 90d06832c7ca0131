package org.claimgraph.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.Sample;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.NamedGraph;
import org.claimgraph.rdf.OA;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ValidatorTest {
    private static Validator validator;

    @BeforeAll
    static void setUp() {
        validator = new Validator(Sample.claimGraph().vocabularyGraph());
    }

    private static Graph copy(Graph g) {
        Graph c = GraphFactory.createDefaultGraph();
        g.find().forEach(c::add);
        return c;
    }

    /** The graph as a store holding it alone would show it: with the vocabulary and the aggregates. */
    private static ValidationReport validateAsStored(Graph g) {
        return validator.validate(Sample.claimGraph().inMemoryDataset(
                List.of(Sample.claimGraph().vocabularyGraph(), new NamedGraph(Sample.graph().name(), g))));
    }

    @Test
    void theSampleOutputConformsToTheShapes() {
        ValidationReport report = validateAsStored(Sample.graph().graph());
        assertTrue(report.conforms(), () -> report.getEntries().toString());
    }

    @Test
    void theOntologyAndLexiconAloneConform() {
        ValidationReport report = validator.validate(GraphFactory.createDefaultGraph());
        assertTrue(report.conforms(), () -> report.getEntries().toString());
    }

    @Test
    void aQuoteThatIsNotTheTextAtItsOffsetsIsAViolation() {
        Graph g = copy(Sample.graph().graph());
        Triple exact = g.find(Node.ANY, OA.exact, Node.ANY).next();
        g.delete(exact);
        g.add(Triple.create(exact.getSubject(), OA.exact, NodeFactory.createLiteralString("something else")));
        ValidationReport report = validateAsStored(g);
        assertFalse(report.conforms());
        assertTrue(report.getEntries().stream().anyMatch(e -> e.message().contains("oa:exact")), report.getEntries().toString());
    }

    /** The messages of the violations of a small graph, checked with the vocabulary (ontology, lexicon, links). */
    private static List<String> violationsOf(String turtle) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString("""
                PREFIX cg: <https://w3id.org/claimgraph/ns#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX owl: <http://www.w3.org/2002/07/owl#> PREFIX dct: <http://purl.org/dc/terms/>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> PREFIX wd: <http://www.wikidata.org/entity/>
                PREFIX e: <http://localhost:3030/entity/>
                """ + turtle, Lang.TURTLE).parse(g);
        return validator.validate(g).getEntries().stream().map(e -> e.focusNode() + " " + e.message()).toList();
    }

    @Test
    void aLinkWithoutItsRecordIsAViolation() {
        List<String> v = violationsOf("e:GPT-3.5 skos:exactMatch wd:Q1 .");
        assertTrue(v.stream().anyMatch(m -> m.contains("GPT-3.5") && m.contains("needs a cg:EntityLink record")), v.toString());
    }

    @Test
    void aLinkRecordWithoutSourceOrWithAConfidenceAboveOneIsAViolation() {
        List<String> v = violationsOf("""
                e:GPT-3.5 skos:exactMatch wd:Q1 .
                <http://localhost:3030/entity/GPT-3.5#wikidata> a cg:EntityLink ; cg:linkSubject e:GPT-3.5 ;
                    cg:linkProperty skos:exactMatch ; cg:linkTarget wd:Q1 ; cg:confidence "1.5"^^xsd:decimal .
                """);
        assertTrue(v.stream().anyMatch(m -> m.contains("dct:source")), v.toString());
        assertTrue(v.stream().anyMatch(m -> m.contains("cg:confidence")), v.toString());
        assertFalse(v.stream().anyMatch(m -> m.contains("needs a cg:EntityLink record")), v.toString());
    }

    @Test
    void aSecondWikidataItemAMalformedIdOrOwlSameAsIsAViolation() {
        List<String> v = violationsOf("""
                e:ChatGPT skos:exactMatch <http://www.wikidata.org/entity/chatgpt> ; owl:sameAs wd:Q115564437 .
                <http://localhost:3030/entity/ChatGPT#other> a cg:EntityLink ; cg:linkSubject e:ChatGPT ;
                    cg:linkProperty skos:exactMatch ; cg:linkTarget <http://www.wikidata.org/entity/chatgpt> ;
                    dct:source "a test" ; cg:confidence "0.5"^^xsd:decimal .
                """);
        assertTrue(v.stream().anyMatch(m -> m.contains("at most one Wikidata item")), v.toString());
        assertTrue(v.stream().anyMatch(m -> m.contains("Q<number>")), v.toString());
        assertTrue(v.stream().anyMatch(m -> m.contains("owl:sameAs")), v.toString());
    }

    @Test
    void aSupportCountThatIsNotTheNumberOfEvidenceIsAViolation() {
        DatasetGraph dsg = Sample.dataset();
        Node aggregates = NodeFactory.createURI(Sample.IRIS.aggregatesGraph());
        Txn.executeWrite(dsg, () -> {
            Quad count = dsg.find(aggregates, Node.ANY, CG.Nodes.supportCount, Node.ANY).next();
            dsg.delete(count);
            dsg.add(aggregates, count.getSubject(), CG.Nodes.supportCount, NodeFactory.createLiteralDT("99", XSDDatatype.XSDinteger));
        });
        ValidationReport report = validator.validate(dsg);
        assertFalse(report.conforms());
        assertTrue(report.getEntries().stream().anyMatch(e -> e.message().contains("supportCount")), report.getEntries().toString());
    }

    @Test
    void aClaimWithoutAggregatesIsAViolation() {
        // A transcript graph alone lacks the support count and certainty the aggregates graph gives each claim.
        ValidationReport report = validator.validate(Sample.graph().graph());
        assertFalse(report.conforms());
        assertTrue(report.getEntries().stream().anyMatch(e -> e.resultPath() != null && e.resultPath().toString().contains("supportCount")),
                report.getEntries().toString());
    }
}
