package org.claimgraph.server;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.rdf.IriScheme;
import org.claimgraph.rdf.Prefixes;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the server says about one resource of the dataset: a small graph read from the store in one read
 * transaction, with the labels of every resource it names, so a client (or the HTML page) needs no second request
 * to show it. Empty when the store does not know the IRI.
 * <ul>
 * <li>an entity: its own triples (labels, types, definition, links to Wikidata and DBpedia, the asserted relations),
 *     asserted relations from other entities to it, and the claims it is the subject or object of;</li>
 * <li>a claim: its own triples, its evidence with targets and selectors (the quotes and where they are), the
 *     extraction that made it, and the types of its subject and object;</li>
 * <li>a transcript: its own triples (with the full text), everything in its graph named by a hash IRI of it
 *     (mentions, evidence, segments, the extraction: these IRIs resolve to this document), and its claims and
 *     entities in summary.</li>
 * </ul>
 */
final class Describer {
    private static final String PREFIXES = org.claimgraph.rdf.Prefixes.SPARQL;

    private static final String ENTITY = PREFIXES + """
            CONSTRUCT { ?x ?p ?o . ?s ?q ?x . ?l ?lp ?lo }
            WHERE { { ?x ?p ?o } UNION { ?s ?q ?x . ?s a cg:Entity } UNION { ?l cg:linkSubject ?x ; ?lp ?lo } }
            """;

    /** A claim in summary, as entity and transcript documents list them. */
    private static final String CLAIM_SUMMARY = """
            ?c a cg:Claim ; rdfs:label ?label ; rdf:subject ?s ; rdf:predicate ?r ; rdf:object ?o ;
               cg:certainty ?certainty ; cg:polarity ?polarity ; cg:supportCount ?n .
            """;
    private static final String CLAIM_SUMMARY_WHERE = """
            ?c a cg:Claim ; rdf:subject ?s ; rdf:predicate ?r ; rdf:object ?o .
            OPTIONAL { ?c rdfs:label ?label } OPTIONAL { ?c cg:certainty ?certainty }
            OPTIONAL { ?c cg:polarity ?polarity } OPTIONAL { ?c cg:supportCount ?n }
            """;

    private static final String CLAIMS_OF_ENTITY = PREFIXES + "CONSTRUCT {" + CLAIM_SUMMARY + "} WHERE {"
            + "{ ?c rdf:subject ?x } UNION { ?c rdf:object ?x }" + CLAIM_SUMMARY_WHERE + "}";

    private static final String CLAIM = PREFIXES + """
            CONSTRUCT { ?x ?p ?o . ?ev ?evp ?evo . ?t ?tp ?to . ?sel ?selp ?selo . ?act ?actp ?acto . ?e a ?type }
            WHERE {
              { ?x ?p ?o }
              UNION { ?x cg:hasEvidence ?ev . ?ev ?evp ?evo }
              UNION { ?x cg:hasEvidence/oa:hasTarget ?t . ?t ?tp ?to }
              UNION { ?x cg:hasEvidence/oa:hasTarget/oa:hasSelector ?sel . ?sel ?selp ?selo }
              UNION { ?x prov:wasGeneratedBy ?act . ?act ?actp ?acto }
              UNION { ?x rdf:subject|rdf:object ?e . ?e a ?type }
            }
            """;

    private static final String TRANSCRIPT_SUMMARIES = PREFIXES + "CONSTRUCT {" + CLAIM_SUMMARY + """
              ?e a ?type ; rdfs:label ?elabel ; skos:prefLabel ?epref ; skos:exactMatch ?same ; cg:mentionCount ?m .
            } WHERE { GRAPH ?x {
              { """ + CLAIM_SUMMARY_WHERE + """
              } UNION {
                ?e a cg:Entity ; a ?type .
                OPTIONAL { ?e rdfs:label ?elabel } OPTIONAL { ?e skos:prefLabel ?epref }
                OPTIONAL { ?e skos:exactMatch ?same } OPTIONAL { ?e cg:mentionCount ?m }
              }
            } }
            """;

    private final DatasetGraph dataset;
    private final IriScheme iris;

    Describer(DatasetGraph dataset, IriScheme iris) {
        this.dataset = dataset;
        this.iris = iris;
    }

    /** The description of the resource named by {@code iri}, read according to what its IRI says it is. */
    Optional<Model> describe(LinkedDataServlet.Kind kind, String iri) {
        Node x = NodeFactory.createURI(iri);
        return Txn.calculateRead(dataset, () -> {
            Graph union = dataset.getUnionGraph();
            if (!union.contains(x, Node.ANY, Node.ANY)) return Optional.empty();
            Graph g = GraphFactory.createDefaultGraph();
            switch (kind) {
                case ENTITY -> {
                    construct(union, ENTITY, x, g);
                    construct(union, CLAIMS_OF_ENTITY, x, g);
                }
                case CLAIM -> construct(union, CLAIM, x, g);
                case TRANSCRIPT -> {
                    union.find(x, Node.ANY, Node.ANY).forEach(g::add);
                    String hash = iri + "#";
                    dataset.find(x, Node.ANY, Node.ANY, Node.ANY)
                            .forEachRemaining(q -> { if (q.getSubject().isURI() && q.getSubject().getURI().startsWith(hash)) g.add(q.asTriple()); });
                    QueryExec.dataset(dataset).query(TRANSCRIPT_SUMMARIES).substitution("x", x).construct().find().forEach(g::add);
                }
            }
            addLabels(union, g);
            Model m = ModelFactory.createModelForGraph(g);
            m.setNsPrefixes(Prefixes.forBase(iris).getMapping());
            return Optional.of(m);
        });
    }

    private static void construct(Graph union, String query, Node x, Graph into) {
        QueryExec.graph(union).query(query).substitution("x", x).construct().find().forEach(into::add);
    }

    /** Adds the rdfs:label and skos:prefLabel of every IRI the graph names (as subject or object). */
    private static void addLabels(Graph union, Graph g) {
        Set<Node> named = new HashSet<>();
        g.find().forEach(t -> {
            if (t.getSubject().isURI()) named.add(t.getSubject());
            if (t.getObject().isURI()) named.add(t.getObject());
        });
        for (Node n : named) {
            for (Node labelProperty : new Node[]{RDFS.Nodes.label, SKOS.prefLabel.asNode()}) {
                union.find(n, labelProperty, Node.ANY).forEach(g::add);
            }
        }
    }
}
