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
import org.claimgraph.util.DataFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The embedded Fuseki server, configured by {@code fuseki-config/claimgraph.ttl} with the database folder, port and
 * timeout of this run put in. Read-only SPARQL at {@code /kg/sparql}; binds to localhost only.
 */
public final class Server implements AutoCloseable {
    public static final String CONFIG_FILE = "fuseki-config/claimgraph.ttl";
    public static final String DATASET = "kg";
    public static final int DEFAULT_PORT = 3030;

    private static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    private static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";

    private final FusekiServer fuseki;

    private Server(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    /**
     * Starts Fuseki on {@code port} (0 picks a free one) over the TDB2 database in {@code dbDir}.
     *
     * @param timeoutMillis the server-wide query timeout; a query running longer is cancelled
     */
    public static Server start(Path dbDir, int port, long timeoutMillis) {
        Model config = configFor(dbDir, timeoutMillis);
        FusekiServer fuseki = FusekiServer.create()
                .parseConfig(config)
                .port(port)
                .loopback(true)
                .addServlet("", new LandingPage())
                .build();
        fuseki.start();
        return new Server(fuseki);
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
        Property cxtName = m.createProperty(JA, "cxtName");
        Property cxtValue = m.createProperty(JA, "cxtValue");
        for (Resource setting : m.listSubjectsWithProperty(cxtName, "arq:queryTimeout").toList()) {
            setting.removeAll(cxtValue);
            setting.addProperty(cxtValue, Long.toString(timeoutMillis));
        }
        return m;
    }

    private static void replaceObjects(Model m, Property p, RDFNode value) {
        for (Statement s : m.listStatements(null, p, (RDFNode) null).toList()) {
            m.remove(s);
            m.add(s.getSubject(), p, value);
        }
    }

    public int port() { return fuseki.getPort(); }

    public String sparqlUrl() { return "http://localhost:" + port() + "/" + DATASET + "/sparql"; }

    /** Blocks until the server stops. */
    public void join() { fuseki.join(); }

    @Override
    public void close() {
        fuseki.stop();
    }
}
