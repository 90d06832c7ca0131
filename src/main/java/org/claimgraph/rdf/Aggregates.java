package org.claimgraph.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.extract.Certainty;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The figures that span transcripts, kept in one graph of their own ({@link IriScheme#aggregatesGraph()}): for each
 * claim its support count (evidence in all transcripts), source count (transcripts it was stated in) and certainty
 * (the firmest of its statements); for each entity its mention count. Each transcript's graph holds only what that
 * transcript says, so in the union default graph a claim made in two transcripts is one node with the evidence of
 * both and one support count. Recomputed, for the claims and entities a change touches, in the same write
 * transaction as the change.
 */
public final class Aggregates {
    private Aggregates() {}

    /** The claims and entities a graph speaks of: what has to be recomputed when it is added or removed. */
    public record Touched(Set<Node> claims, Set<Node> entities) {
        public static Touched of(Graph g) {
            Set<Node> claims = new LinkedHashSet<>();
            g.find(Node.ANY, RDF.Nodes.type, CG.Nodes.Claim).forEachRemaining(t -> claims.add(t.getSubject()));
            Set<Node> entities = new LinkedHashSet<>();
            g.find(Node.ANY, NIF.taIdentRef, Node.ANY).forEachRemaining(t -> entities.add(t.getObject()));
            return new Touched(claims, entities);
        }

        /** Every claim and every mentioned entity in the named graphs of a dataset (call inside a transaction). */
        public static Touched of(DatasetGraph dsg) {
            Set<Node> claims = new LinkedHashSet<>();
            dsg.find(Node.ANY, Node.ANY, RDF.Nodes.type, CG.Nodes.Claim).forEachRemaining(q -> claims.add(q.getSubject()));
            Set<Node> entities = new LinkedHashSet<>();
            dsg.find(Node.ANY, Node.ANY, NIF.taIdentRef, Node.ANY).forEachRemaining(q -> entities.add(q.getObject()));
            return new Touched(claims, entities);
        }

        public Touched plus(Touched other) {
            Set<Node> c = new LinkedHashSet<>(claims);
            c.addAll(other.claims);
            Set<Node> e = new LinkedHashSet<>(entities);
            e.addAll(other.entities);
            return new Touched(c, e);
        }
    }

    /** Recomputes the figures of the touched claims and entities; call inside a write transaction on {@code dsg}. */
    public static void recompute(DatasetGraph dsg, Node aggregatesGraph, Touched touched) {
        for (Node claim : touched.claims()) recomputeClaim(dsg, aggregatesGraph, claim);
        for (Node entity : touched.entities()) recomputeEntity(dsg, aggregatesGraph, entity);
    }

    /** Recomputes every figure from the named graphs; call inside a write transaction on {@code dsg}. */
    public static void recomputeAll(DatasetGraph dsg, Node aggregatesGraph) {
        dsg.deleteAny(aggregatesGraph, Node.ANY, Node.ANY, Node.ANY);
        recompute(dsg, aggregatesGraph, Touched.of(dsg));
    }

    private static void recomputeClaim(DatasetGraph dsg, Node agg, Node claim) {
        dsg.deleteAny(agg, claim, CG.Nodes.supportCount, Node.ANY);
        dsg.deleteAny(agg, claim, CG.Nodes.sourceCount, Node.ANY);
        dsg.deleteAny(agg, claim, CG.Nodes.certainty, Node.ANY);
        Set<Node> evidence = new HashSet<>();
        Set<Node> sources = new HashSet<>();
        Certainty firmest = null;
        var it = dsg.find(Node.ANY, claim, CG.Nodes.hasEvidence, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            if (q.isDefaultGraph() || q.getGraph().equals(agg)) continue;
            if (!evidence.add(q.getObject())) continue;
            sources.add(q.getGraph());
            var cs = dsg.find(q.getGraph(), q.getObject(), CG.Nodes.certainty, Node.ANY);
            while (cs.hasNext()) {
                Certainty c = certainty(cs.next().getObject());
                if (c != null && (firmest == null || c.compareTo(firmest) < 0)) firmest = c;
            }
        }
        if (evidence.isEmpty()) return;
        dsg.add(agg, claim, CG.Nodes.supportCount, integer(evidence.size()));
        dsg.add(agg, claim, CG.Nodes.sourceCount, integer(sources.size()));
        if (firmest != null) dsg.add(agg, claim, CG.Nodes.certainty, CG.Nodes.certaintyLevel(firmest.term()));
    }

    private static void recomputeEntity(DatasetGraph dsg, Node agg, Node entity) {
        dsg.deleteAny(agg, entity, CG.Nodes.mentionCount, Node.ANY);
        Set<Node> mentions = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, NIF.taIdentRef, entity).forEachRemaining(q -> {
            if (!q.isDefaultGraph() && !q.getGraph().equals(agg)) mentions.add(q.getSubject());
        });
        if (!mentions.isEmpty()) dsg.add(agg, entity, CG.Nodes.mentionCount, integer(mentions.size()));
    }

    private static Certainty certainty(Node level) {
        if (!level.isURI() || !level.getURI().startsWith(CG.NS)) return null;
        try {
            return Certainty.fromTerm(CG.localName(level.getURI()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Node integer(long n) { return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger); }
}
