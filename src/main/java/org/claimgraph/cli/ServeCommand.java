package org.claimgraph.cli;

import org.claimgraph.app.ClaimGraph;
import org.claimgraph.server.Server;
import org.claimgraph.server.ServerSettings;
import org.claimgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Serve the database over SPARQL and as linked data with an embedded Fuseki.",
        description = {
                "Read-only SPARQL 1.1 at http://localhost:PORT/kg/sparql (GET or POST); the default graph is the union of all transcripts' graphs. Opened without a query, the endpoint returns its SPARQL service description.",
                "",
                "The web UI at http://localhost:PORT/ has a SPARQL editor with the canned queries of queries/ as examples, a search box, and a graph of entities and claims: click a claim for its certainty and its quotes, highlighted in the transcript. It is bundled in the jar and loads nothing from other sites.",
                "",
                "Every entity, claim and transcript IRI under --base has a page here: /entity/NAME, /claim/HASH and /transcript/FILE give HTML to browsers and Turtle, JSON-LD or N-Triples by Accept. /.well-known/void describes the dataset (VoID); /dumps/claimgraph.nq.gz and /dumps/claimgraph.trig.gz are the whole dataset, gzipped.",
                "",
                "Full-text search over labels and evidence quotes, Chinese and English: /search?q=TEXT&limit=N answers JSON; in SPARQL, the text:query property function (PREFIX text: <http://jena.apache.org/text#>). The Lucene index is DIR/text-index.",
                "",
                "Safe by default: no update or upload, SERVICE (federated query) refused, queries cut off after --timeout seconds, request bodies over --max-request-size refused (HTTP 413), no CORS headers, and the server listens on localhost only. Each option below relaxes one of these.",
                "",
                "With FILEs they are loaded first; with none and an empty database the bundled sample transcript is loaded first. Ctrl-C stops the server cleanly. The configuration used is fuseki-config/claimgraph.ttl."},
        footer = {"", "Examples:", "  claimgraph serve",
                "  curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 5' http://localhost:3030/kg/sparql",
                "  curl -H 'Accept: text/turtle' http://localhost:3030/entity/GPT-3.5",
                "  curl 'http://localhost:3030/search?q=reasoning&limit=5'",
                "  claimgraph serve --allow-update --password-file passwords.txt    # lines of 'user: password'",
                "  curl -u user:password --data-urlencode 'update=INSERT DATA { ... }' http://localhost:3030/kg/update"})
final class ServeCommand implements Callable<Integer> {
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kKmMgG]?)[bB]?");
    private static final Pattern PASSWORD_LINE = Pattern.compile("\\s*[^#\\s][^:]*:\\s*\\S.*");

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Transcripts to load before serving.")
    List<Path> files = List.of();

    @Mixin Options.Db db;
    @Mixin Options.Base base;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10", description = "Query timeout in seconds (default: ${DEFAULT-VALUE}); a query running longer gets HTTP 503.")
    double timeoutSeconds;

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = ServerSettings.LOCALHOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, reachable from this machine only). 0.0.0.0 (or ::) listens on every interface; an address of this machine listens there only.")
    String host;

    @Option(names = "--allow-update",
            description = "Enable SPARQL Update at /kg/update and the graph store (upload, GET/PUT/POST/DELETE of graphs) at /kg/data, for the users of --password-file only (HTTP basic auth; put HTTPS in front beyond localhost). Queries stay open to all.")
    boolean allowUpdate;

    @Option(names = "--password-file", paramLabel = "FILE", description = "The users --allow-update lets in: one 'user: password' per line (Jetty's format; # starts a comment).")
    Path passwordFile;

    @Option(names = "--allow-service", description = "Allow SERVICE (federated query), which makes the server call other SPARQL endpoints. Without it a query with SERVICE gets HTTP 422.")
    boolean allowService;

    @Option(names = "--cors", paramLabel = "ORIGINS", split = ",",
            description = "Let browser scripts from these origins read responses: comma-separated, e.g. https://app.example, or * for any. Default: no CORS headers (browsers keep other sites' scripts out).")
    List<String> corsOrigins = List.of();

    @Option(names = "--max-request-size", paramLabel = "SIZE", defaultValue = "1M",
            description = "Largest request body accepted, in bytes or with k or M (default: ${DEFAULT-VALUE}); a larger query, update or upload gets HTTP 413.")
    String maxRequestSize;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Console console = new Console(spec.commandLine().getErr(), false);
        String usage = usageError();
        if (usage != null) {
            console.error(usage);
            return 2;
        }
        ServerSettings settings;
        try {
            settings = ServerSettings.defaults(db.db.toAbsolutePath().normalize())
                    .withIris(base.iris()).withPort(port).withHost(host).withTimeoutMillis(Math.round(timeoutSeconds * 1000))
                    .withService(allowService).withUpdate(allowUpdate ? passwordFile : null).withCors(corsOrigins)
                    .withMaxRequestBytes(parseSize(maxRequestSize));
        } catch (IllegalArgumentException e) {
            console.error(e.getMessage());
            return 2;
        }
        ClaimGraph cg = base.claimGraph(console);
        Path dir = settings.db();
        try (Store store = Store.open(dir, console.log())) {
            int failed = 0;
            if (!files.isEmpty()) {
                failed = Loading.loadFiles(cg, store, files, console);
            } else if (store.isEmpty(cg.iris())) {
                console.log().accept("the database in " + dir + " is empty: loading the bundled sample first");
                Loading.loadSample(cg, store, console);
            }
            Server server;
            try {
                server = Server.start(settings);
            } catch (RuntimeException e) {
                if (hasCause(e, BindException.class)) {
                    String reason = String.valueOf(causeOf(e, BindException.class).getMessage());
                    console.error(reason.contains("in use")
                            ? "port " + port + " is in use: stop the other server or give --port N"
                            : "cannot listen on " + host + " port " + port + " (" + reason + "): give --host an address of this machine, or 0.0.0.0");
                    return 1;
                }
                throw e;
            }
            CountDownLatch stopped = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                server.close();
                stopped.countDown();
            }, "claimgraph-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            String root = server.rootUrl();
            out.println("ClaimGraph is serving " + store.graphNames().size() + " graphs from " + dir);
            out.println("SPARQL endpoint: " + server.sparqlUrl());
            out.println("Web UI (SPARQL editor, search, graph of entities and claims): " + root);
            out.println("Linked data: " + root + "entity/..., " + root + "claim/..., " + root + "transcript/... ; dataset description: "
                    + root + ".well-known/void ; dumps: " + root + "dumps/claimgraph.nq.gz, " + root + "dumps/claimgraph.trig.gz");
            out.println("Full-text search: " + root + "search?q=TEXT (JSON), or text:query in SPARQL");
            if (!settings.loopbackOnly()) out.println("Listening on " + (settings.anyInterface() ? "every interface" : host) + ", not only localhost.");
            if (settings.allowsUpdate()) {
                out.println("Updates: " + root + "kg/update (SPARQL Update) and " + root + "kg/data (graph store) for the users in " + passwordFile
                        + " (HTTP basic auth" + (settings.loopbackOnly() ? ")" : "; passwords cross the network in clear unless HTTPS is in front)"));
            }
            out.println("Try: curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT ?s ?p ?o { ?s ?p ?o } LIMIT 5' " + server.sparqlUrl());
            out.println("Press Ctrl-C to stop.");
            out.flush();
            if (failed > 0) console.error(failed + " file(s) could not be loaded (see above); serving the rest");
            server.join();
            stopped.await();
            return 0;
        }
    }

    /** What is wrong with the options, checked before the database is opened; null when nothing is. */
    private String usageError() {
        if (timeoutSeconds <= 0) return "--timeout must be more than 0 seconds";
        if (allowUpdate && passwordFile == null) {
            return "--allow-update needs --password-file FILE (lines of 'user: password'): only those users may change the data";
        }
        if (passwordFile != null && !allowUpdate) return "--password-file is only used with --allow-update";
        if (passwordFile != null) {
            String problem = passwordFileProblem(passwordFile);
            if (problem != null) return problem;
        }
        if (parseSize(maxRequestSize) <= 0) {
            return "--max-request-size \"" + maxRequestSize + "\" is not a size: give bytes, or a number with k or M, e.g. 1M";
        }
        for (String origin : corsOrigins) {
            if (!origin.equals("*") && !origin.matches("https?://[^/\\s]+")) {
                return "--cors \"" + origin + "\" is not an origin: give scheme and host (and port), e.g. https://app.example, or *";
            }
        }
        try {
            InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            return "--host \"" + host + "\" is not an address: give localhost, 0.0.0.0 or an address of this machine";
        }
        return null;
    }

    private static String passwordFileProblem(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) return "cannot read the password file " + file;
        try {
            if (Files.readAllLines(file).stream().noneMatch(l -> PASSWORD_LINE.matcher(l).matches())) {
                return "the password file " + file + " has no 'user: password' line";
            }
        } catch (IOException e) {
            return "cannot read the password file " + file + ": " + e.getMessage();
        }
        return null;
    }

    /** A size such as 1048576, 512k or 1M in bytes; -1 when it is not one. */
    static long parseSize(String size) {
        Matcher m = SIZE.matcher(size.strip());
        if (!m.matches()) return -1;
        long n;
        try {
            n = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            return -1;
        }
        long unit = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 1024;
            case "m" -> 1024 * 1024;
            case "g" -> 1024 * 1024 * 1024;
            default -> 1;
        };
        return n > Long.MAX_VALUE / unit ? -1 : n * unit;
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        return causeOf(t, type) != null;
    }

    private static Throwable causeOf(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) if (type.isInstance(c)) return c;
        return null;
    }
}
