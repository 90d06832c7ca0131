package org.claimgraph.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.claimgraph.rdf.NamedGraph;
import org.claimgraph.util.DataFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Checks graphs against {@code ontology/shapes.ttl}, together with the ontology and lexicon, so that class
 * hierarchies and relation declarations are visible to the shapes.
 */
public final class Validator {
    public static final String SHAPES_FILE = "ontology/shapes.ttl";

    private final Shapes shapes;
    private final NamedGraph vocabulary;

    public Validator(NamedGraph vocabulary) {
        this.vocabulary = vocabulary;
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = DataFiles.open(SHAPES_FILE)) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.shapes = Shapes.parse(g);
    }

    /** Validates one named graph, with the vocabulary added. */
    public ValidationReport validate(Graph graph) {
        Graph data = GraphFactory.createDefaultGraph();
        vocabulary.graph().find().forEach(data::add);
        graph.find().forEach(data::add);
        return ShaclValidator.get().validate(shapes, data);
    }

    /**
     * Validates a whole dataset as the endpoint shows it: the union of its named graphs (transcripts, the
     * cross-transcript aggregates, and the vocabulary, added when the dataset lacks it). Support counts and claim
     * certainty span transcripts, so they can only be checked on the union.
     */
    public ValidationReport validate(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            if (dsg.containsGraph(vocabulary.name())) return ShaclValidator.get().validate(shapes, dsg.getUnionGraph());
            return validate(dsg.getUnionGraph());
        });
    }

    public Node vocabularyGraphName() { return vocabulary.name(); }
}
