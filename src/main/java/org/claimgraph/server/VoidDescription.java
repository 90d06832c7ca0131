package org.claimgraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.IriScheme;
import org.claimgraph.rdf.NIF;
import org.claimgraph.rdf.OA;
import org.claimgraph.rdf.PROV;
import org.claimgraph.rdf.Prefixes;

import java.io.IOException;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The VoID description of the dataset at {@code /.well-known/void} (RFC 5785, as the VoID note asks), counted from the
 * store at each request so it always says what is there now: triples, entities (resources named under the base IRI),
 * class partitions for the ClaimGraph entities, claims and transcripts (the sources), the SPARQL endpoint, the
 * dumps, and one linkset each into Wikidata and DBpedia with the number of {@code skos:exactMatch} links.
 * Addresses on the server (endpoint, dumps, this document) are those the request reached it at.
 */
final class VoidDescription extends HttpServlet {
    static final String PATH = "/.well-known/void";

    private static final String IANA = "http://www.iana.org/assignments/media-types/";

    /** A dataset ClaimGraph links into. */
    private record Target(String key, String title, String uriSpace, String homepage, String sparqlEndpoint) {}

    private static final Target[] TARGETS = {
            new Target("wikidata", "Wikidata", HtmlPage.WIKIDATA, "https://www.wikidata.org/", "https://query.wikidata.org/sparql"),
            new Target("dbpedia", "DBpedia", HtmlPage.DBPEDIA, "https://www.dbpedia.org/", "https://dbpedia.org/sparql"),
    };

    private final DatasetGraph dataset;
    private final IriScheme iris;

    VoidDescription(DatasetGraph dataset, IriScheme iris) {
        this.dataset = dataset;
        this.iris = iris;
    }

    /** The IRI of the dataset in the VoID document served from {@code serverRoot}. */
    static String datasetIri(String serverRoot) { return serverRoot + PATH + "#claimgraph"; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String root = Responses.serverRoot(req);
        Model m = Txn.calculateRead(dataset, () -> describe(root));
        Responses.describe(req, resp, m, () -> HtmlPage.description(m, iris, datasetIri(root), "VoID description of the dataset"));
    }

    private Model describe(String root) {
        Graph union = dataset.getUnionGraph();
        long triples = 0;
        Set<Node> entities = new HashSet<>();
        long[] links = new long[TARGETS.length];
        Node exactMatch = SKOS.exactMatch.asNode();
        for (var it = union.find(); it.hasNext(); ) {
            var t = it.next();
            triples++;
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(iris.base())) entities.add(t.getSubject());
            if (t.getPredicate().equals(exactMatch) && t.getObject().isURI()) {
                for (int i = 0; i < TARGETS.length; i++) if (t.getObject().getURI().startsWith(TARGETS[i].uriSpace())) links[i]++;
            }
        }

        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.forBase(iris).getMapping());
        m.setNsPrefix("void", VOID.NS).setNsPrefix("dcat", DCAT.NS).setNsPrefix("foaf", FOAF.NS);
        String doc = root + PATH;
        Resource ds = m.createResource(datasetIri(root))
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(DCTerms.title, m.createLiteral("ClaimGraph knowledge graph", "en"))
                .addProperty(DCTerms.description, m.createLiteral("Claims from spoken AI discussions: who or what each is about, "
                        + "how sure the speaker was, and the exact span of transcript text it came from.", "en"))
                .addProperty(FOAF.homepage, m.createResource(root + "/"))
                .addProperty(VOID.sparqlEndpoint, m.createResource(root + "/" + Server.DATASET + "/sparql"))
                .addProperty(VOID.uriSpace, iris.base())
                .addProperty(VOID.triples, integer(m, triples))
                .addProperty(VOID.entities, integer(m, entities.size()));
        for (String vocabulary : new String[]{CG.NS, SKOS.getURI(), PROV.NS, OA.NS, NIF.NS, DCTerms.NS}) {
            ds.addProperty(VOID.vocabulary, m.createResource(vocabulary));
        }
        exampleEntity(dataset).ifPresent(e -> ds.addProperty(VOID.exampleResource, m.createResource(e)));
        m.createResource(doc).addProperty(RDF.type, VOID.DatasetDescription)
                .addProperty(DCTerms.title, m.createLiteral("VoID description of the ClaimGraph knowledge graph", "en"))
                .addProperty(FOAF.primaryTopic, ds);

        for (Dumps.Dump dump : Dumps.Dump.values()) {
            Resource file = m.createResource(root + Dumps.PATH + "/" + dump.fileName)
                    .addProperty(DCAT.mediaType, m.createResource(IANA + dump.mediaType))
                    .addProperty(DCAT.compressFormat, m.createResource(IANA + "application/gzip"));
            ds.addProperty(VOID.dataDump, file);
        }

        partition(m, ds, doc + "#entities", CG.Entity, union);
        partition(m, ds, doc + "#claims", CG.Claim, union);
        partition(m, ds, doc + "#transcripts", CG.Transcript, union);

        for (int i = 0; i < TARGETS.length; i++) {
            Target t = TARGETS[i];
            Resource target = m.createResource(doc + "#" + t.key())
                    .addProperty(RDF.type, VOID.Dataset)
                    .addProperty(DCTerms.title, t.title())
                    .addProperty(FOAF.homepage, m.createResource(t.homepage()))
                    .addProperty(VOID.uriSpace, t.uriSpace())
                    .addProperty(VOID.sparqlEndpoint, m.createResource(t.sparqlEndpoint()));
            Resource linkset = m.createResource(doc + "#" + t.key() + "-links")
                    .addProperty(RDF.type, VOID.Linkset)
                    .addProperty(DCTerms.title, m.createLiteral("ClaimGraph entities that are " + t.title() + " items (skos:exactMatch)", "en"))
                    .addProperty(VOID.linkPredicate, SKOS.exactMatch)
                    .addProperty(VOID.target, ds)
                    .addProperty(VOID.target, target)
                    .addProperty(VOID.triples, integer(m, links[i]));
            ds.addProperty(VOID.subset, linkset);
        }
        return m;
    }

    /** A class partition: how many distinct instances of {@code type} the dataset has. */
    private static void partition(Model m, Resource ds, String iri, Resource type, Graph union) {
        Set<Node> instances = new HashSet<>();
        union.find(Node.ANY, RDF.type.asNode(), type.asNode()).forEach(t -> instances.add(t.getSubject()));
        Resource p = m.createResource(iri).addProperty(VOID._class, type).addProperty(VOID.entities, integer(m, instances.size()));
        ds.addProperty(VOID.classPartition, p);
    }

    /** A count as an xsd:integer, as VoID's examples write them. */
    static Literal integer(Model m, long n) {
        return m.createTypedLiteral(BigInteger.valueOf(n));
    }

    /**
     * An entity worth looking at first: the subject of the claim made most often. Call inside a read transaction.
     */
    static Optional<String> exampleEntity(DatasetGraph dataset) {
        String q = org.claimgraph.rdf.Prefixes.SPARQL + """
                SELECT ?e { ?c a cg:Claim ; rdf:subject ?e ; cg:supportCount ?n } ORDER BY DESC(?n) STR(?e) LIMIT 1
                """;
        RowSet rows = QueryExec.graph(dataset.getUnionGraph()).query(q).select();
        return rows.hasNext() ? Optional.of(rows.next().get("e").getURI()) : Optional.empty();
    }
}
