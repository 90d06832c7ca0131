package org.claimgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimgraph.Sample;
import org.claimgraph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code claimgraph serve} as a user runs it: a separate JVM on an empty database loads the bundled sample, serves it
 * over HTTP, stops cleanly on SIGTERM (what Ctrl-C sends through the shell is SIGINT; both run the shutdown hook),
 * and leaves a TDB2 database that another process can open.
 */
class ServeProcessTest {
    @Test
    void serveOnAnEmptyDatabaseLoadsTheSampleServesItAndStopsCleanly(@TempDir Path dir) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path db = dir.resolve("db");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx3g", "-cp", classpath, Main.class.getName(), "serve", "--port", Integer.toString(port), "--db", db.toString())
                .redirectErrorStream(true);
        Process p = pb.start();
        List<String> output = new ArrayList<>();
        try {
            CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> readUntil(p, output, "SPARQL endpoint:"));
            String line = ready.get(240, TimeUnit.SECONDS);
            assertEquals("SPARQL endpoint: http://localhost:" + port + "/kg/sparql", line, String.join("\n", output));
            assertTrue(output.stream().anyMatch(l -> l.contains("loading the bundled sample first")), String.join("\n", output));

            String query = "PREFIX cg: <https://w3id.org/claimgraph/ns#> SELECT ?y { ?x cg:basedOn ?y }";
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                            "http://localhost:" + port + "/kg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            JsonNode rows = new ObjectMapper().readTree(r.body()).path("results").path("bindings");
            assertEquals("http://localhost:3030/entity/GPT-3.5", rows.get(0).path("y").path("value").asText());

            Cli load = Cli.run("load", "sample/ai-panel-2023.zh.txt", "--db", db.toString(), "-q");
            assertEquals(1, load.status(), "the served database is locked by the serving process");
            assertTrue(load.errors().get(0).contains("is in use by another process"), load.err());
            assertTrue(load.errors().get(0).contains("claimgraph serve"), load.err());
        } finally {
            p.destroy();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "serve stops within 30 s of SIGTERM");
        }
        try (Store store = Store.open(db)) {
            assertTrue(store.graphNames().contains(Sample.graph().name()), "the sample persisted in TDB2");
        }
    }

    private static String readUntil(Process p, List<String> output, String prefix) {
        try {
            BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null) {
                synchronized (output) {
                    output.add(line);
                }
                if (line.startsWith(prefix)) {
                    Thread drain = new Thread(() -> in.lines().forEach(l -> { }));
                    drain.setDaemon(true);
                    drain.start();
                    return line;
                }
            }
            throw new AssertionError("serve ended before it was ready:\n" + String.join("\n", output));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
