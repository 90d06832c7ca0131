package org.claimgraph.server;

import org.apache.jena.graph.NodeFactory;
import org.claimgraph.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The server's safe defaults and the options that relax them, each over real HTTP against a real Fuseki and TDB2.
 * Each test runs its own server and stops it before the next: Fuseki copies the query timeout and the SERVICE
 * setting into the JVM-wide ARQ context, so two servers with different settings must not run at once.
 */
class SafeDefaultsTest {
    private static final String ASK = "ASK { ?s a <https://w3id.org/claimgraph/ns#Claim> }";
    private static final String ADDED = "http://localhost:3030/transcript/added.txt";

    /** A new client per request: Jetty may close a connection after refusing a request without reading its body. */
    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder post(Fixture f, String path, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(f.url(path))).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static boolean ask(Fixture f, String query) throws Exception {
        HttpResponse<String> r = f.get("/kg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        return r.body().contains("\"boolean\" : true");
    }

    @Test
    void updateAndUploadAreOffByDefault() throws Exception {
        try (Fixture f = Fixture.start(s -> s)) {
            long before = TestData.quadCount(f.store.dataset());
            String update = "INSERT DATA { GRAPH <" + ADDED + "> { <http://x/s> <http://x/p> 1 } }";
            assertEquals(404, send(post(f, "/kg/update", "application/sparql-update", update)).statusCode(), "no update endpoint");
            assertEquals(404, send(HttpRequest.newBuilder(URI.create(f.url("/kg/data?graph=" + ADDED))).header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<http://x/s> <http://x/p> 1 ."))).statusCode(), "no graph store endpoint");
            assertEquals(before, TestData.quadCount(f.store.dataset()));
        }
    }

    @Test
    void withAllowUpdateOnlyTheUsersOfThePasswordFileMayUpdateAndUploadAndQueriesStayOpen(@TempDir Path tmp) throws Exception {
        Path passwords = tmp.resolve("passwords");
        Files.writeString(passwords, "# user: password\nadmin: secret\n");
        try (Fixture f = Fixture.start(s -> s.withUpdate(passwords))) {
            long before = TestData.quadCount(f.store.dataset());
            String update = "INSERT DATA { GRAPH <" + ADDED + "> { <http://localhost:3030/entity/X> <http://www.w3.org/2000/01/rdf-schema#label> \"X\" } }";
            assertEquals(401, send(post(f, "/kg/update", "application/sparql-update", update)).statusCode(), "no credentials");
            assertEquals(401, send(post(f, "/kg/update", "application/sparql-update", update)
                    .header("Authorization", basic("admin", "wrong"))).statusCode(), "a wrong password");
            int onDataset = send(post(f, "/kg", "application/sparql-update", update)).statusCode();
            int putOnDataset = send(HttpRequest.newBuilder(URI.create(f.url("/kg?graph=" + ADDED))).header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<http://x/s> <http://x/p> 1 ."))).statusCode();
            assertTrue(onDataset >= 400 && putOnDataset >= 400, "no way round by the dataset's own URL: " + onDataset + ", " + putOnDataset);
            assertEquals(before, TestData.quadCount(f.store.dataset()), "refused updates change nothing");

            HttpResponse<String> done = send(post(f, "/kg/update", "application/sparql-update", update).header("Authorization", basic("admin", "secret")));
            assertTrue(done.statusCode() == 200 || done.statusCode() == 204, done.statusCode() + " " + done.body());
            assertEquals(before + 1, TestData.quadCount(f.store.dataset()));
            assertTrue(ask(f, "ASK { GRAPH <" + ADDED + "> { ?s ?p \"X\" } }"), "queries need no password");

            String uploaded = "http://localhost:3030/transcript/uploaded.txt";
            String turtle = "<http://localhost:3030/entity/Y> <http://www.w3.org/2000/01/rdf-schema#label> \"Y\" , \"Why\" .";
            HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(f.url("/kg/data?graph=" + URLEncoder.encode(uploaded, StandardCharsets.UTF_8))))
                    .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString(turtle));
            assertEquals(401, send(put).statusCode(), "uploads need the password too");
            HttpResponse<String> stored = send(put.header("Authorization", basic("admin", "secret")));
            assertTrue(stored.statusCode() / 100 == 2, stored.statusCode() + " " + stored.body());
            assertEquals(2, f.quadsIn(NodeFactory.createURI(uploaded)));

            HttpResponse<String> badUpdate = send(post(f, "/kg/update", "application/sparql-update", "INSERT DATA { <http://x/s> ")
                    .header("Authorization", basic("admin", "secret")));
            assertEquals(400, badUpdate.statusCode());
            assertTrue(badUpdate.body().contains("Parse error") || badUpdate.body().contains("Encountered"), badUpdate.body());
            HttpResponse<String> badTurtle = send(HttpRequest.newBuilder(URI.create(f.url("/kg/data?graph=" + URLEncoder.encode(uploaded, StandardCharsets.UTF_8))))
                    .header("Content-Type", "text/turtle").header("Authorization", basic("admin", "secret"))
                    .PUT(HttpRequest.BodyPublishers.ofString("<http://x/s> <http://x/p> ")));
            assertEquals(400, badTurtle.statusCode());
            assertTrue(badTurtle.body().contains("line: 1"), "the parser's message, with where: " + badTurtle.body());
            assertEquals(2, f.quadsIn(NodeFactory.createURI(uploaded)), "a bad upload changes nothing");

            assertTrue(f.get("/kg/sparql", "text/turtle").body().contains("SPARQL11Update"), "the service description lists the update endpoint");
        }
    }

    @Test
    void federatedQueriesRunOnlyWithAllowService() throws Exception {
        String federated = "SELECT * { SERVICE <%s> { ?c a <https://w3id.org/claimgraph/ns#Claim> } }";
        try (Fixture f = Fixture.start(s -> s.withService(true))) {
            HttpResponse<String> r = f.get("/kg/sparql?query=" + URLEncoder.encode(federated.formatted(f.url("/kg/sparql")), StandardCharsets.UTF_8),
                    "application/sparql-results+json");
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("claim/0123456789abcdef") && r.body().contains("claim/fedcba9876543210"), r.body());
            assertTrue(f.get("/kg/sparql", "text/turtle").body().contains("BasicFederatedQuery"));
        }
        try (Fixture f = Fixture.start(s -> s)) {
            HttpResponse<String> r = f.get("/kg/sparql?query=" + URLEncoder.encode(federated.formatted(f.url("/kg/sparql")), StandardCharsets.UTF_8),
                    "application/sparql-results+json");
            assertEquals(422, r.statusCode(), "the next server without the option refuses SERVICE again: " + r.body());
        }
    }

    @Test
    void aPathologicalQueryIsCutOffAtTheConfiguredTimeout() throws Exception {
        try (Fixture f = Fixture.start(s -> s.withTimeoutMillis(1500))) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = f.get("/kg/sparql?query=" + URLEncoder.encode(
                    "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }", StandardCharsets.UTF_8), "application/sparql-results+json");
            double secs = (System.nanoTime() - t0) / 1e9;
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(secs >= 1.4, "not before the timeout: " + secs + " s");
            assertTrue(secs < 7, "well before the 10 s default: " + secs + " s");
        }
    }

    /** An IPv4 address of this machine that is not loopback, if it has one. */
    private static Optional<InetAddress> otherAddress() throws SocketException {
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!ni.isUp() || ni.isLoopback()) continue;
            for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    private static boolean accepts(InetAddress address, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void byDefaultOnlyLoopbackConnectionsAreAcceptedAndHostWidensOrMovesThat() throws Exception {
        Optional<InetAddress> other = otherAddress();
        assumeTrue(other.isPresent(), "this machine has no address but loopback");
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        try (Fixture f = Fixture.start(s -> s)) {
            assertTrue(accepts(loopback, f.server.port()));
            assertFalse(accepts(other.get(), f.server.port()), "not on " + other.get());
        }
        try (Fixture f = Fixture.start(s -> s.withHost("0.0.0.0"))) {
            assertTrue(accepts(loopback, f.server.port()));
            assertTrue(accepts(other.get(), f.server.port()), "on " + other.get());
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create("http://" + other.get().getHostAddress() + ":" + f.server.port() + "/entity/ChatGPT")));
            assertEquals(200, r.statusCode());
        }
        try (Fixture f = Fixture.start(s -> s.withHost(other.get().getHostAddress()))) {
            assertTrue(accepts(other.get(), f.server.port()));
            assertFalse(accepts(loopback, f.server.port()), "only on " + other.get());
            assertEquals("http://" + other.get().getHostAddress() + ":" + f.server.port() + "/kg/sparql", f.server.sparqlUrl());
        }
    }

    private static HttpRequest.Builder preflight(Fixture f, String origin) {
        return HttpRequest.newBuilder(URI.create(f.url("/kg/sparql"))).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type");
    }

    private static HttpRequest.Builder query(Fixture f, String origin) {
        return HttpRequest.newBuilder(URI.create(f.url("/kg/sparql?query=" + URLEncoder.encode(ASK, StandardCharsets.UTF_8))))
                .header("Origin", origin).header("Accept", "application/sparql-results+json");
    }

    @Test
    void corsIsOffByDefault() throws Exception {
        try (Fixture f = Fixture.start(s -> s)) {
            assertEquals(Optional.empty(), send(query(f, "https://app.example")).headers().firstValue("Access-Control-Allow-Origin"));
            assertEquals(Optional.empty(), send(preflight(f, "https://app.example")).headers().firstValue("Access-Control-Allow-Origin"));
        }
    }

    @Test
    void corsLetsTheGivenOriginsReadResponses() throws Exception {
        try (Fixture f = Fixture.start(s -> s.withCors(List.of("https://app.example", "https://other.example")))) {
            HttpResponse<String> pre = send(preflight(f, "https://app.example"));
            assertEquals(200, pre.statusCode(), pre.body());
            assertEquals("https://app.example", pre.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            assertTrue(pre.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"), pre.headers().toString());

            HttpResponse<String> q = send(query(f, "https://other.example"));
            assertEquals(200, q.statusCode());
            assertEquals("https://other.example", q.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            assertEquals("https://app.example", send(HttpRequest.newBuilder(URI.create(f.url("/entity/ChatGPT"))).header("Origin", "https://app.example"))
                    .headers().firstValue("Access-Control-Allow-Origin").orElse(""), "linked-data pages too");

            assertEquals(Optional.empty(), send(query(f, "https://evil.example")).headers().firstValue("Access-Control-Allow-Origin"));
            assertEquals(Optional.empty(), send(preflight(f, "https://evil.example")).headers().firstValue("Access-Control-Allow-Origin"));
        }
    }

    /** A query of exactly {@code bytes} bytes: an ASK padded with a comment. */
    private static String queryOf(int bytes) {
        String head = ASK + "\n#";
        return head + "x".repeat(bytes - head.length());
    }

    @Test
    void requestBodiesOverTheDefaultMegabyteGet413() throws Exception {
        try (Fixture f = Fixture.start(s -> s)) {
            int limit = (int) ServerSettings.DEFAULT_MAX_REQUEST_BYTES;
            assertEquals(1024 * 1024, limit);
            HttpResponse<String> over = send(post(f, "/kg/sparql", "application/sparql-query", queryOf(limit + 1)).header("Accept", "application/sparql-results+json"));
            assertEquals(413, over.statusCode(), over.body());
            HttpResponse<String> under = send(post(f, "/kg/sparql", "application/sparql-query", queryOf(limit - 1000)).header("Accept", "application/sparql-results+json"));
            assertEquals(200, under.statusCode(), under.body());
        }
    }

    /** A POST without Content-Length: the body is sent chunked. */
    private static HttpRequest.Builder chunked(Fixture f, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create(f.url("/kg/sparql"))).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));
    }

    @Test
    void aSmallerLimitHoldsForChunkedBodiesAndFormsToo() throws Exception {
        try (Fixture f = Fixture.start(s -> s.withMaxRequestBytes(4096))) {
            assertEquals(200, send(post(f, "/kg/sparql", "application/sparql-query", queryOf(3000))).statusCode());
            assertEquals(413, send(post(f, "/kg/sparql", "application/sparql-query", queryOf(5000))).statusCode());
            HttpResponse<String> big = send(chunked(f, "application/sparql-query", queryOf(5000)));
            assertEquals(413, big.statusCode(), "no Content-Length, counted as it arrives: " + big.body());
            HttpResponse<String> form = send(post(f, "/kg/sparql", "application/x-www-form-urlencoded",
                    "query=" + URLEncoder.encode(queryOf(5000), StandardCharsets.UTF_8)));
            assertEquals(413, form.statusCode(), form.body());
            assertEquals(413, send(chunked(f, "application/x-www-form-urlencoded", "query=" + URLEncoder.encode(queryOf(5000), StandardCharsets.UTF_8)))
                    .statusCode(), "a chunked form");

            HttpResponse<String> small = send(chunked(f, "application/sparql-query", queryOf(3000)).header("Accept", "application/sparql-results+json"));
            assertEquals(200, small.statusCode(), small.body());
            assertTrue(small.body().contains("\"boolean\" : true"), "a chunked body under the limit reaches Fuseki whole: " + small.body());
            HttpResponse<String> smallForm = send(chunked(f, "application/x-www-form-urlencoded", "query=" + URLEncoder.encode(ASK, StandardCharsets.UTF_8))
                    .header("Accept", "application/sparql-results+json"));
            assertEquals(200, smallForm.statusCode(), smallForm.body());
            assertTrue(smallForm.body().contains("\"boolean\" : true"), smallForm.body());
        }
    }

    @Test
    void aMalformedQueryGets400WithTheParserMessage() throws Exception {
        try (Fixture f = Fixture.start(s -> s)) {
            HttpResponse<String> r = f.get("/kg/sparql?query=" + URLEncoder.encode("SELECT ?x WHERE { ?x ", StandardCharsets.UTF_8), "application/sparql-results+json");
            assertEquals(400, r.statusCode());
            assertTrue(r.body().contains("Parse error") && r.body().contains("line 1"), r.body());
        }
    }
}
