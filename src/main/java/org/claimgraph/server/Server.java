package org.claimgraph.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.claimgraph.util.DataFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The embedded Fuseki server, configured by {@code fuseki-config/claimgraph.ttl} with the database folder and timeout
 * of this run put in, plus the linked-data pages ({@code /entity/}, {@code /claim/}, {@code /transcript/}), the VoID
 * description ({@code /.well-known/void}), the dumps ({@code /dumps/}), the service description (GET
 * {@code /kg/sparql}) and the landing page ({@code /}). Read-only SPARQL at {@code /kg/sparql}; binds to localhost only.
 */
public final class Server implements AutoCloseable {
    public static final String CONFIG_FILE = "fuseki-config/claimgraph.ttl";
    public static final String DATASET = "kg";
    public static final int DEFAULT_PORT = ServerSettings.DEFAULT_PORT;

    private static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    private static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";

    private final FusekiServer fuseki;
    private final ServerSettings settings;

    private Server(FusekiServer fuseki, ServerSettings settings) {
        this.fuseki = fuseki;
        this.settings = settings;
    }

    /**
     * Starts Fuseki on {@code port} (0 picks a free one) over the TDB2 database in {@code dbDir}, with the default
     * base IRI.
     *
     * @param timeoutMillis the server-wide query timeout; a query running longer is cancelled
     */
    public static Server start(Path dbDir, int port, long timeoutMillis) {
        return start(ServerSettings.defaults(dbDir).withPort(port).withTimeoutMillis(timeoutMillis));
    }

    /** Starts a server as {@code settings} say. */
    public static Server start(ServerSettings settings) {
        Model config = configFor(settings.db(), settings.timeoutMillis());
        FusekiServer.Builder builder = FusekiServer.create()
                .parseConfig(config)
                .port(settings.port())
                .loopback(true);
        DatasetGraph dataset = builder.getDataset(DATASET);
        builder.addFilter("/" + DATASET + "/sparql", new ServiceDescription(dataset, settings));

        Describer describer = new Describer(dataset, settings.iris());
        for (LinkedDataServlet.Kind kind : LinkedDataServlet.Kind.values()) {
            builder.addServlet(kind.pathSpec(), new LinkedDataServlet(kind, describer, settings.iris()));
        }
        builder.addServlet(VoidDescription.PATH, new VoidDescription(dataset, settings.iris()))
                .addServlet(Dumps.PATH + "/*", new Dumps(dataset, settings.iris()))
                .addServlet("", new LandingPage(dataset, settings));

        FusekiServer fuseki = builder.build();
        fuseki.start();
        return new Server(fuseki, settings);
    }

    /** The configuration file with this run's database folder and timeout. */
    static Model configFor(Path dbDir, long timeoutMillis) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = DataFiles.open(CONFIG_FILE)) {
            RDFParser.source(in).lang(Lang.TURTLE).base("file:///claimgraph/fuseki-config/").parse(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Property location = m.createProperty(TDB2, "location");
        replaceObjects(m, location, m.createLiteral(dbDir.toAbsolutePath().normalize().toString()));
        setContext(m, "arq:queryTimeout", Long.toString(timeoutMillis));
        return m;
    }

    private static void setContext(Model m, String name, String value) {
        Property cxtName = m.createProperty(JA, "cxtName");
        Property cxtValue = m.createProperty(JA, "cxtValue");
        for (Resource setting : m.listSubjectsWithProperty(cxtName, name).toList()) {
            setting.removeAll(cxtValue);
            setting.addProperty(cxtValue, value);
        }
    }

    private static void replaceObjects(Model m, Property p, RDFNode value) {
        for (Statement s : m.listStatements(null, p, (RDFNode) null).toList()) {
            m.remove(s);
            m.add(s.getSubject(), p, value);
        }
    }

    public int port() { return fuseki.getPort(); }

    /** The address to reach the server at. */
    public String rootUrl() { return "http://localhost:" + port() + "/"; }

    public String sparqlUrl() { return rootUrl() + DATASET + "/sparql"; }

    public ServerSettings settings() { return settings; }

    /** Blocks until the server stops. */
    public void join() { fuseki.join(); }

    @Override
    public void close() {
        fuseki.stop();
    }
}
