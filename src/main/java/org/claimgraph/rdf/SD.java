package org.claimgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The SPARQL 1.1 Service Description terms the server describes its endpoint with
 * (<a href="https://www.w3.org/TR/sparql11-service-description/">W3C</a>), and in {@link Formats} the W3C format
 * IRIs its {@code sd:resultFormat} values name. Jena has no constants for either.
 */
public final class SD {
    private SD() {}

    public static final String NS = "http://www.w3.org/ns/sparql-service-description#";

    private static Resource resource(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property property(String local) { return ResourceFactory.createProperty(NS, local); }

    // Classes
    public static final Resource Service    = resource("Service");
    public static final Resource Dataset    = resource("Dataset");
    public static final Resource Graph      = resource("Graph");
    public static final Resource NamedGraph = resource("NamedGraph");

    // Individuals
    public static final Resource SPARQL11Query       = resource("SPARQL11Query");
    public static final Resource SPARQL11Update      = resource("SPARQL11Update");
    public static final Resource UnionDefaultGraph   = resource("UnionDefaultGraph");
    public static final Resource BasicFederatedQuery = resource("BasicFederatedQuery");

    // Properties
    public static final Property endpoint                = property("endpoint");
    public static final Property supportedLanguage       = property("supportedLanguage");
    public static final Property resultFormat            = property("resultFormat");
    public static final Property feature                 = property("feature");
    public static final Property defaultEntailmentRegime = property("defaultEntailmentRegime");
    public static final Property defaultDataset          = property("defaultDataset");
    public static final Property defaultGraph            = property("defaultGraph");
    public static final Property namedGraph              = property("namedGraph");
    public static final Property name                    = property("name");
    public static final Property graph                   = property("graph");

    /** The simple entailment regime: what a plain SPARQL endpoint does. */
    public static final Resource SimpleEntailment = ResourceFactory.createResource("http://www.w3.org/ns/entailment/Simple");

    /** W3C's IRIs for RDF and SPARQL results formats (https://www.w3.org/ns/formats/). */
    public static final class Formats {
        private Formats() {}

        public static final String NS = "http://www.w3.org/ns/formats/";
        private static Resource format(String local) { return ResourceFactory.createResource(NS + local); }

        public static final Resource Turtle              = format("Turtle");
        public static final Resource N_Triples           = format("N-Triples");
        public static final Resource JSON_LD             = format("JSON-LD");
        public static final Resource RDF_XML             = format("RDF_XML");
        public static final Resource SPARQL_Results_JSON = format("SPARQL_Results_JSON");
        public static final Resource SPARQL_Results_XML  = format("SPARQL_Results_XML");
        public static final Resource SPARQL_Results_CSV  = format("SPARQL_Results_CSV");
        public static final Resource SPARQL_Results_TSV  = format("SPARQL_Results_TSV");
    }
}
