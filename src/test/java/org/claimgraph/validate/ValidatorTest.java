package org.claimgraph.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.Sample;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.OA;
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

    @Test
    void theSampleOutputConformsToTheShapes() {
        ValidationReport report = validator.validate(Sample.graph().graph());
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
        ValidationReport report = validator.validate(g);
        assertFalse(report.conforms());
        assertTrue(report.getEntries().stream().anyMatch(e -> e.message().contains("oa:exact")), report.getEntries().toString());
    }

    @Test
    void aClaimWithoutEvidenceOrWithAWrongCountIsAViolation() {
        Graph g = copy(Sample.graph().graph());
        Node codeDataImprovesReasoning = Sample.graph().graph().find(Node.ANY, CG.Nodes.supportCount, Node.ANY).toList().stream()
                .filter(t -> t.getObject().getLiteralLexicalForm().equals("4")).findFirst().orElseThrow().getSubject();
        List<Triple> evidence = g.find(codeDataImprovesReasoning, CG.Nodes.hasEvidence, Node.ANY).toList();
        g.delete(evidence.get(0));
        ValidationReport report = validator.validate(g);
        assertFalse(report.conforms());
        assertTrue(report.getEntries().stream().anyMatch(e -> e.message().contains("supportCount")), report.getEntries().toString());
    }
}
