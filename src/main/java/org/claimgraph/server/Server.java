package org.claimgraph.server;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.store.DatasetDescription;
import org.claimgraph.store.Store;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

import java.nio.file.Path;
import java.util.List;

/**
 * The embedded Fuseki server, configured by {@code fuseki-config/claimgraph.ttl} with the database folder, timeout and
 * SERVICE setting of this run put in, plus what the stock configuration cannot say:
 * <ul>
 * <li>the linked-data pages ({@code /entity/}, {@code /claim/}, {@code /transcript/}), the VoID description
 *     ({@code /.well-known/void}), the dumps ({@code /dumps/}), the service description (GET {@code /kg/sparql}),
 *     full-text search ({@code /search}) and the web UI ({@code /}, with its bundle and JSON under {@code /ui/});</li>
 * <li>with {@link ServerSettings#allowsUpdate()}, SPARQL Update at {@code /kg/update} and the graph store
 *     ({@code /kg/data}) for the users of a password file (HTTP basic auth); the query endpoint stays open;</li>
 * <li>the interface to listen on, CORS, and a limit on the size of request bodies (413 beyond it).</li>
 * </ul>
 * The dataset the configuration describes (TDB2 and its text index) is opened by {@link Store}, once per JVM, and
 * the service is given that: Lucene and TDB2 allow one writer each, and {@code serve} keeps the store open beside
 * the server.
 */
public final class Server implements AutoCloseable {
    public static final String CONFIG_FILE = DatasetDescription.CONFIG_FILE;
    public static final String DATASET = "kg";
    public static final int DEFAULT_PORT = ServerSettings.DEFAULT_PORT;

    private static final String FUSEKI = "http://jena.apache.org/fuseki#";
    private static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";

    private final FusekiServer fuseki;
    private final ServerSettings settings;
    private final Store store;

    private Server(FusekiServer fuseki, ServerSettings settings, Store store) {
        this.fuseki = fuseki;
        this.settings = settings;
        this.store = store;
    }

    /**
     * Starts Fuseki on {@code port} (0 picks a free one) over the TDB2 database in {@code dbDir}, with the safe
     * defaults and the default base IRI.
     *
     * @param timeoutMillis the server-wide query timeout; a query running longer is cancelled
     */
    public static Server start(Path dbDir, int port, long timeoutMillis) {
        return start(ServerSettings.defaults(dbDir).withPort(port).withTimeoutMillis(timeoutMillis));
    }

    /** Starts a server as {@code settings} say. */
    public static Server start(ServerSettings settings) {
        Model config = configFor(settings.db(), settings.timeoutMillis(), settings.allowService());
        Store store = Store.open(settings.db());
        try {
            return start(settings, config, store);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static Server start(ServerSettings settings, Model config, Store store) {
        FusekiServer.Builder builder = FusekiServer.create()
                .parseConfig(withDatasetPlaceholder(config))
                .port(settings.port())
                .loopback(settings.loopbackOnly());
        builder.getDataServiceBuilder(DATASET).dataset(store.dataset());
        DatasetGraph dataset = builder.getDataset(DATASET);
        if (settings.allowsUpdate()) {
            builder.passwordFile(settings.updatePasswordFile().toAbsolutePath().toString())
                    .auth(AuthScheme.BASIC)
                    .addEndpoint(DATASET, "update", Operation.Update, Auth.ANY_USER)
                    .addEndpoint(DATASET, "data", Operation.GSP_RW, Auth.ANY_USER);
        }
        // Filters run in the order added: CORS headers go on every response, the service description's and 413s too.
        if (!settings.corsOrigins().isEmpty()) builder.addFilter("/*", new CorsFilter(settings.corsOrigins()));
        builder.addFilter("/*", new RequestSizeLimit(settings.maxRequestBytes()));
        builder.addFilter("/" + DATASET + "/sparql", new ServiceDescription(dataset, settings));

        Describer describer = new Describer(dataset, settings.iris());
        for (LinkedDataServlet.Kind kind : LinkedDataServlet.Kind.values()) {
            builder.addServlet(kind.pathSpec(), new LinkedDataServlet(kind, describer, settings.iris()));
        }
        builder.addServlet(VoidDescription.PATH, new VoidDescription(dataset, settings.iris()))
                .addServlet(Dumps.PATH + "/*", new Dumps(dataset, settings.iris()))
                .addServlet(SearchServlet.PATH, new SearchServlet(dataset));
        addWebUi(builder, dataset, settings);

        FusekiServer fuseki = builder.build();
        org.eclipse.jetty.server.Server jetty = fuseki.getJettyServer();
        if (!settings.loopbackOnly()) listenOn(jetty, settings.anyInterface() ? null : settings.host());
        SizeLimitHandler limit = new SizeLimitHandler(settings.maxRequestBytes(), -1);
        limit.setHandler(jetty.getHandler());
        jetty.setHandler(limit);
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            // A port in use or an address not of this machine: release what was started (threads, the dataset).
            try {
                fuseki.stop();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        return new Server(fuseki, settings, store);
    }

    /**
     * The configuration with the service's dataset swapped for an empty in-memory one, so that Fuseki does not open
     * the described database a second time; the service is then given the one {@link Store} opened from the same
     * description.
     */
    private static Model withDatasetPlaceholder(Model config) {
        Model m = ModelFactory.createDefaultModel().add(config);
        Property dataset = m.createProperty(FUSEKI, "dataset");
        for (Statement s : m.listStatements(null, dataset, (RDFNode) null).toList()) {
            m.remove(s);
            m.add(s.getSubject(), dataset, m.createResource().addProperty(RDF.type, m.createResource(JA + "MemoryDataset")));
        }
        return m;
    }

    /** The web UI: the page at {@code /}, its bundle under {@code /ui/} and the JSON it reads. */
    private static void addWebUi(FusekiServer.Builder builder, DatasetGraph dataset, ServerSettings settings) {
        List<CannedQueries.Query> queries = CannedQueries.load();
        UiAssets assets = new UiAssets();
        UiData data = new UiData(dataset, settings.iris(), queries);
        builder.addServlet(UiAssets.PATH + "/*", assets)
                .addServlet(UiData.QUERIES, data)
                .addServlet(UiData.PREFIX_MAP, data)
                .addServlet(UiData.GRAPH, data)
                .addServlet(UiData.CLAIM, data)
                .addServlet("", new LandingPage(dataset, settings, assets, queries));
    }

    /** Listens on one address ({@code null}: all of them) instead of Fuseki's choice. */
    private static void listenOn(org.eclipse.jetty.server.Server jetty, String host) {
        for (Connector c : jetty.getConnectors()) {
            if (c instanceof ServerConnector sc) sc.setHost(host);
        }
    }

    /**
     * The configuration file with this run's database folder (the TDB2 location and the text index folder in it),
     * timeout and SERVICE setting.
     */
    static Model configFor(Path dbDir, long timeoutMillis, boolean allowService) {
        Model m = DatasetDescription.forDatabase(dbDir);
        setContext(m, "arq:queryTimeout", Long.toString(timeoutMillis));
        setContext(m, "arq:httpServiceAllowed", Boolean.toString(allowService));
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

    public int port() { return fuseki.getPort(); }

    /** The address to reach the server at: localhost unless it listens on one other address only. */
    public String rootUrl() {
        String host = settings.loopbackOnly() || settings.anyInterface() ? "localhost"
                : settings.host().contains(":") && !settings.host().startsWith("[") ? "[" + settings.host() + "]" : settings.host();
        return "http://" + host + ":" + port() + "/";
    }

    public String sparqlUrl() { return rootUrl() + DATASET + "/sparql"; }

    public ServerSettings settings() { return settings; }

    /** Blocks until the server stops. */
    public void join() { fuseki.join(); }

    @Override
    public void close() {
        try {
            fuseki.stop();
        } finally {
            store.close();
        }
    }
}
