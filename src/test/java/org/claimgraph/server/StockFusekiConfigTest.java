package org.claimgraph.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.claimgraph.rdf.NamedGraph;
import org.claimgraph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * fuseki-config/claimgraph.ttl as the stock Fuseki reads it: Fuseki's own config processing and jena-text's
 * assemblers build the text dataset (nothing of ClaimGraph's Server in between), over a database ClaimGraph wrote;
 * text:query and the union default graph answer over HTTP.
 */
class StockFusekiConfigTest {
    @Test
    void theConfigurationServesTextQueryAndTheUnionDefaultGraphWithFusekiAlone(@TempDir Path db) throws Exception {
        DatasetGraph parsed = DatasetGraphFactory.create();
        RDFParser.source(Path.of("src/test/resources/search/talk.trig")).lang(Lang.TRIG).base("http://localhost:3030/").parse(parsed);
        var name = NodeFactory.createURI("http://localhost:3030/transcript/talk.txt");
        try (Store store = Store.open(db)) {
            store.replaceGraphs(List.of(new NamedGraph(name, parsed.getGraph(name))));
        }
        FusekiServer fuseki = FusekiServer.create().port(0).loopback(true).parseConfig(Server.configFor(db, 10_000, false)).build();
        fuseki.start();
        try {
            String text = "PREFIX text: <http://jena.apache.org/text#> PREFIX oa: <http://www.w3.org/ns/oa#> "
                    + "SELECT ?s { ?s text:query (oa:exact \"github\") }";
            JsonNode rows = select(fuseki, text);
            assertEquals(1, rows.size(), rows.toString());
            assertEquals("http://localhost:3030/transcript/talk.txt#evidence-11111111-30-140-quote", rows.get(0).path("s").path("value").asText());
            JsonNode union = select(fuseki, "SELECT ?x { ?x <https://w3id.org/claimgraph/ns#improves> ?y }");
            assertEquals(0, union.size(), "talk.trig has no asserted triple: " + union);
            JsonNode claims = select(fuseki, "SELECT ?c { ?c a <https://w3id.org/claimgraph/ns#Claim> }");
            assertEquals(2, claims.size(), "the named graph's claims, in the default graph: " + claims);
        } finally {
            fuseki.stop();
        }
    }

    private static JsonNode select(FusekiServer fuseki, String query) throws Exception {
        String url = "http://localhost:" + fuseki.getPort() + "/kg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return new ObjectMapper().readTree(r.body()).path("results").path("bindings");
    }
}
