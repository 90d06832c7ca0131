package org.claimgraph.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
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
