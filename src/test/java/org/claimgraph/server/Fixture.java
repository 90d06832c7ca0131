package org.claimgraph.server;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.claimgraph.app.ClaimGraph;
import org.claimgraph.rdf.IriScheme;
import org.claimgraph.rdf.NamedGraph;
import org.claimgraph.store.Store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A real server over a real TDB2 store holding the vocabulary graph and the small transcript graph of
 * {@code linked-data.trig}, minted under a base IRI of the test's choice; no CoreNLP needed. The store stays open
 * beside the server (the same TDB2 dataset in this JVM), so tests can count what is in it and change it.
 */
final class Fixture implements AutoCloseable {
    static final Path TRIG = Path.of("src/test/resources/server/linked-data.trig");
    /** A public base IRI unlike the server's own address, so tests see IRIs built from the base. */
    static final String PUBLIC_BASE = "https://example.org/kg/";
    /** The Accept header a browser sends for a page. */
    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    final IriScheme iris;
    final Path dir;
    final Store store;
    final Server server;

    private Fixture(IriScheme iris, Path dir, Store store, Server server) {
        this.iris = iris;
        this.dir = dir;
        this.store = store;
        this.server = server;
    }

    /** The fixture under the default base, served with the defaults changed by {@code settings}. */
    static Fixture start(UnaryOperator<ServerSettings> settings) {
        return start(IriScheme.defaults(), settings);
    }

    static Fixture start(IriScheme iris, UnaryOperator<ServerSettings> settings) {
        try {
            Path dir = Files.createTempDirectory("claimgraph-server-fixture");
            Store store = Store.open(dir);
            store.replaceGraphs(graphs(iris));
            Server server;
            try {
                server = Server.start(settings.apply(ServerSettings.defaults(dir).withIris(iris).withPort(0)));
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
            return new Fixture(iris, dir, store, server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The vocabulary graph and the fixture's transcript graph, with IRIs under {@code iris}. */
    static List<NamedGraph> graphs(IriScheme iris) {
        DatasetGraph parsed = DatasetGraphFactory.create();
        RDFParser.source(TRIG).lang(Lang.TRIG).base(iris.base()).parse(parsed);
        List<NamedGraph> graphs = new ArrayList<>();
        graphs.add(new ClaimGraph(iris, Clock.systemUTC(), line -> {}).vocabularyGraph());
        parsed.listGraphNodes().forEachRemaining(g -> graphs.add(new NamedGraph(g, parsed.getGraph(g))));
        return graphs;
    }

    /** The transcript IRI of the fixture. */
    String transcript() { return iris.transcript("panel.txt"); }

    String url(String path) { return server.rootUrl() + (path.startsWith("/") ? path.substring(1) : path); }

    /** GET with an Accept header (none when null). */
    HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30));
        if (accept != null) r.header("Accept", accept);
        return HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A number a SELECT over the union of the store's graphs gives (variable ?n), to check the server's figures. */
    long count(String select) {
        return Txn.calculateRead(store.dataset(), () -> ((Number) QueryExec.graph(store.dataset().getUnionGraph())
                .query(select).select().next().get("n").getLiteralValue()).longValue());
    }

    long quadsIn(Node graph) {
        return Txn.calculateRead(store.dataset(), () -> {
            long[] n = {0};
            store.dataset().find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> n[0]++);
            return n[0];
        });
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            store.close();
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // A temporary folder left behind is no failure.
            }
        }
    }
}
