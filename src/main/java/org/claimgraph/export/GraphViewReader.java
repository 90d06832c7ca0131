package org.claimgraph.export;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.rdf.CG;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Reads the {@link GraphView} of a dataset as the store holds it, through the union default graph: one named graph per
 * transcript, the vocabulary graph, and the aggregates graph whose counts and claim certainty span all transcripts
 * (so a claim made in two transcripts is one edge with one support count).
 */
public final class GraphViewReader {
    private GraphViewReader() {}

    private static final String PREFIXES = org.claimgraph.rdf.Prefixes.SPARQL;

    /** Each entity's mention count in all transcripts. */
    private static final String MENTIONS = PREFIXES + """
            SELECT ?entity ?count WHERE { ?entity cg:mentionCount ?count }
            """;

    /** The claim nodes, with their certainty and support count across transcripts. */
    private static final String CLAIMS = PREFIXES + """
            SELECT ?claim ?subject ?relation ?object ?polarity ?certainty ?support WHERE {
              ?claim a cg:Claim ; rdf:subject ?subject ; rdf:predicate ?relation ; rdf:object ?object ;
                     cg:polarity ?polarity ; cg:certainty ?certainty ; cg:supportCount ?support .
            }
            """;

    /** Labels and types of everything that is mentioned or is the subject or object of a claim. */
    private static final String DESCRIPTIONS = PREFIXES + """
            SELECT DISTINCT ?entity ?property ?value WHERE {
              { ?entity cg:mentionCount [] } UNION { [] a cg:Claim ; rdf:subject ?entity }
                                             UNION { [] a cg:Claim ; rdf:object ?entity }
              VALUES ?property { skos:prefLabel rdfs:label rdf:type }
              ?entity ?property ?value .
            }
            """;

    /**
     * The view of {@code dsg}, in one read transaction.
     *
     * @param language the language of labels to prefer (e.g. {@code en}, {@code zh}); English, then any other, when
     *                 an entity has no label in it
     */
    public static GraphView read(DatasetGraph dsg, EntityScope scope, String language) {
        return Txn.calculateRead(dsg, () -> {
            Map<String, Long> mentions = new TreeMap<>();
            select(dsg, MENTIONS, row -> mentions.put(iri(row, "entity"), row.getLiteral("count").getLong()));

            Map<String, ClaimEdge> claims = new TreeMap<>();
            select(dsg, CLAIMS, row -> claims.put(iri(row, "claim"), edge(row)));

            Map<String, Description> descriptions = new HashMap<>();
            select(dsg, DESCRIPTIONS, row -> descriptions.computeIfAbsent(iri(row, "entity"), k -> new Description())
                    .add(iri(row, "property"), row.get("value")));

            Set<String> nodeIris = new LinkedHashSet<>();
            if (scope == EntityScope.ALL_MENTIONED) nodeIris.addAll(mentions.keySet());
            for (ClaimEdge e : claims.values()) {
                nodeIris.add(e.source());
                nodeIris.add(e.target());
            }
            List<EntityNode> nodes = new ArrayList<>();
            for (String iri : nodeIris) {
                Description d = descriptions.getOrDefault(iri, new Description());
                nodes.add(new EntityNode(iri, d.label(iri, language), d.type(), mentions.getOrDefault(iri, 0L)));
            }
            nodes.sort(Comparator.comparing((EntityNode n) -> n.label().toLowerCase(Locale.ROOT)).thenComparing(EntityNode::iri));
            List<ClaimEdge> edges = new ArrayList<>(claims.values());
            edges.sort(Comparator.comparing(ClaimEdge::source).thenComparing(ClaimEdge::relation)
                    .thenComparing(ClaimEdge::target).thenComparing(ClaimEdge::polarity));
            return new GraphView(nodes, edges);
        });
    }

    private static ClaimEdge edge(QuerySolution row) {
        return new ClaimEdge(iri(row, "claim"), iri(row, "subject"), iri(row, "object"), CG.localName(iri(row, "relation")),
                CG.localName(iri(row, "certainty")), CG.localName(iri(row, "polarity")), row.getLiteral("support").getLong());
    }

    private static void select(DatasetGraph dsg, String query, Consumer<QuerySolution> onRow) {
        try (QueryExecution qe = QueryExecution.create(query, DatasetFactory.wrap(dsg))) {
            qe.execSelect().forEachRemaining(onRow);
        }
    }

    private static String iri(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        return n.isURIResource() ? n.asResource().getURI() : n.toString();
    }

    /** What the graph says about one entity: its labels and classes. */
    private static final class Description {
        private final List<Literal> prefLabels = new ArrayList<>();
        private final List<Literal> labels = new ArrayList<>();
        private final Set<String> types = new TreeSet<>();

        void add(String property, RDFNode value) {
            if (property.equals(SKOS.prefLabel.getURI()) && value.isLiteral()) prefLabels.add(value.asLiteral());
            else if (property.equals(RDFS.label.getURI()) && value.isLiteral()) labels.add(value.asLiteral());
            else if (property.equals(RDF.type.getURI()) && value.isURIResource()) {
                String type = value.asResource().getURI();
                if (type.startsWith(CG.NS) && !type.equals(CG.Entity.getURI())) types.add(CG.localName(type));
            }
        }

        /** skos:prefLabel in {@code language}, else in English, else any; then rdfs:label the same way; else the IRI's end. */
        String label(String iri, String language) {
            String label = pick(prefLabels, language);
            if (label == null) label = pick(labels, language);
            return label != null ? label : lastSegment(iri);
        }

        /** The entity's class in the ontology (the first by name if it has several), or {@code Entity}. */
        String type() {
            return types.isEmpty() ? "Entity" : types.iterator().next();
        }

        private static String pick(List<Literal> literals, String language) {
            for (String lang : List.of(language, "en")) {
                for (Literal l : literals) if (l.getLanguage().equalsIgnoreCase(lang)) return l.getLexicalForm();
            }
            return literals.stream().map(Literal::getLexicalForm).sorted().findFirst().orElse(null);
        }

        private static String lastSegment(String iri) {
            String s = iri.endsWith("/") ? iri.substring(0, iri.length() - 1) : iri;
            int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('#'));
            return cut >= 0 && cut < s.length() - 1 ? s.substring(cut + 1) : iri;
        }
    }
}
