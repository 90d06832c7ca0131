package org.claimgraph.cli;

import org.claimgraph.app.ClaimGraph;
import org.claimgraph.server.Server;
import org.claimgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Serve the database over SPARQL with an embedded Fuseki.",
        description = {
                "Read-only SPARQL 1.1 at http://localhost:PORT/kg/sparql (GET or POST); the default graph is the union of all transcripts' graphs. Updates are refused, SERVICE is disabled, queries are cut off after --timeout seconds, and the server listens on localhost only. With FILEs they are loaded first; with none and an empty database the bundled sample transcript is loaded first. Ctrl-C stops the server cleanly. The configuration used is fuseki-config/claimgraph.ttl."},
        footer = {"", "Example:", "  claimgraph serve",
                "  curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 5' http://localhost:3030/kg/sparql"})
final class ServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Transcripts to load before serving.")
    List<Path> files = List.of();

    @Mixin Options.Db db;
    @Mixin Options.Base base;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10", description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Console console = new Console(spec.commandLine().getErr(), false);
        if (timeoutSeconds <= 0) {
            console.error("--timeout must be more than 0 seconds");
            return 2;
        }
        ClaimGraph cg = base.claimGraph(console);
        Path dir = db.db.toAbsolutePath().normalize();
        try (Store store = Store.open(dir)) {
            int failed = 0;
            if (!files.isEmpty()) {
                failed = Loading.loadFiles(cg, store, files, console);
            } else if (store.isEmpty(cg.iris())) {
                console.log().accept("the database in " + dir + " is empty: loading the bundled sample first");
                Loading.loadSample(cg, store, console);
            }
            Server server;
            try {
                server = Server.start(dir, port, Math.round(timeoutSeconds * 1000));
            } catch (RuntimeException e) {
                if (hasCause(e, BindException.class)) {
                    console.error("port " + port + " is in use: stop the other server or give --port N");
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
            out.println("ClaimGraph is serving " + store.graphNames().size() + " graphs from " + dir);
            out.println("SPARQL endpoint: " + server.sparqlUrl());
            out.println("Try: curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT ?s ?p ?o { ?s ?p ?o } LIMIT 5' " + server.sparqlUrl());
            out.println("Press Ctrl-C to stop.");
            out.flush();
            if (failed > 0) console.error(failed + " file(s) could not be loaded (see above); serving the rest");
            server.join();
            stopped.await();
            return 0;
        }
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) if (type.isInstance(c)) return true;
        return false;
    }
}
