package org.claimgraph.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.claimgraph.rdf.IriScheme;
import org.claimgraph.rdf.Prefixes;
import org.claimgraph.rdf.SD;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The SPARQL 1.1 Service Description at the endpoint: a GET (or HEAD) of {@code /kg/sparql} with no query string gets
 * it, as the standard asks (Fuseki alone answers 404); every other request (a query by GET or POST) passes on to
 * Fuseki untouched. It says what the endpoint speaks (SPARQL 1.1 Query, the result formats), its features (the
 * default graph is the union of the named graphs; federated query only when SERVICE is allowed), and its dataset:
 * the default graph and every named graph with its number of triples, counted at the request. The dataset is the
 * one the VoID description describes.
 */
final class ServiceDescription extends HttpFilter {
    private final DatasetGraph dataset;
    private final IriScheme iris;
    private final ServerSettings settings;

    ServiceDescription(DatasetGraph dataset, ServerSettings settings) {
        this.dataset = dataset;
        this.iris = settings.iris();
        this.settings = settings;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain) throws IOException, ServletException {
        boolean read = req.getMethod().equals("GET") || req.getMethod().equals("HEAD");
        if (!read || (req.getQueryString() != null && !req.getQueryString().isEmpty())) {
            chain.doFilter(req, resp);
            return;
        }
        String root = Responses.serverRoot(req);
        String endpoint = root + "/" + Server.DATASET + "/sparql";
        Model m = Txn.calculateRead(dataset, () -> describe(root));
        Responses.describe(req, resp, m, () -> HtmlPage.description(m, iris, endpoint, "SPARQL service description"));
    }

    private Model describe(String root) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.forBase(iris).getMapping());
        m.setNsPrefix("sd", SD.NS).setNsPrefix("void", VOID.NS).setNsPrefix("formats", SD.Formats.NS);
        String base = root + "/" + Server.DATASET;
        Resource ds = m.createResource(VoidDescription.datasetIri(root))
                .addProperty(RDF.type, SD.Dataset)
                .addProperty(RDFS.seeAlso, m.createResource(root + VoidDescription.PATH));
        Resource service = m.createResource(base + "/sparql")
                .addProperty(RDF.type, SD.Service)
                .addProperty(RDFS.label, m.createLiteral("ClaimGraph SPARQL endpoint (read-only)", "en"))
                .addProperty(SD.endpoint, m.createResource(base + "/sparql"))
                .addProperty(SD.supportedLanguage, SD.SPARQL11Query)
                .addProperty(SD.feature, SD.UnionDefaultGraph)
                .addProperty(SD.defaultEntailmentRegime, SD.SimpleEntailment)
                .addProperty(SD.defaultDataset, ds);
        if (settings.allowService()) service.addProperty(SD.feature, SD.BasicFederatedQuery);
        for (Resource format : List.of(SD.Formats.SPARQL_Results_JSON, SD.Formats.SPARQL_Results_XML, SD.Formats.SPARQL_Results_CSV,
                SD.Formats.SPARQL_Results_TSV, SD.Formats.Turtle, SD.Formats.N_Triples, SD.Formats.JSON_LD, SD.Formats.RDF_XML)) {
            service.addProperty(SD.resultFormat, format);
        }
        if (settings.allowsUpdate()) {
            m.createResource(base + "/update")
                    .addProperty(RDF.type, SD.Service)
                    .addProperty(RDFS.label, m.createLiteral("ClaimGraph SPARQL Update endpoint (HTTP basic authentication)", "en"))
                    .addProperty(SD.endpoint, m.createResource(base + "/update"))
                    .addProperty(SD.supportedLanguage, SD.SPARQL11Update)
                    .addProperty(SD.defaultDataset, ds);
        }

        ds.addProperty(SD.defaultGraph, m.createResource()
                .addProperty(RDF.type, SD.Graph)
                .addProperty(VOID.triples, VoidDescription.integer(m, count(dataset.getUnionGraph().find()))));
        List<Node> names = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(names::add);
        names.sort(Comparator.comparing(Node::getURI));
        for (Node name : names) {
            ds.addProperty(SD.namedGraph, m.createResource()
                    .addProperty(RDF.type, SD.NamedGraph)
                    .addProperty(SD.name, m.createResource(name.getURI()))
                    .addProperty(SD.graph, m.createResource()
                            .addProperty(RDF.type, SD.Graph)
                            .addProperty(VOID.triples, VoidDescription.integer(m, count(dataset.find(name, Node.ANY, Node.ANY, Node.ANY))))));
        }
        return m;
    }

    private static long count(java.util.Iterator<?> it) {
        long n = 0;
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }
}
