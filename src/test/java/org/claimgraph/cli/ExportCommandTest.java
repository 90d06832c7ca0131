package org.claimgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.claimgraph.Sample;
import org.claimgraph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** {@code claimgraph export}, through the real command line, store and pipeline. */
class ExportCommandTest {
    private static final String SAMPLE = Sample.FILE.toString();

    @Test
    void helpNamesEachFormatAndTheToolsThatOpenIt() {
        assertTrue(Cli.run("--help").out().contains("export"));
        Cli help = Cli.run("export", "--help");
        assertEquals(0, help.status());
        for (String word : List.of("graphml", "gexf", "cytoscape", "dot", "jsonld", "Gephi", "Cytoscape.js", "Graphviz",
                "--all-entities", "--lang", "--db", "-o")) {
            assertTrue(help.out().contains(word), word + " in:\n" + help.out());
        }
    }

    @Test
    void anUnknownFormatIsAUsageErrorThatListsTheFormats() {
        Cli r = Cli.run("export", "--format", "svg");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("graphml, gexf, cytoscape, dot, jsonld"), r.err());
        assertEquals(2, Cli.run("export").status(), "--format is required");
        Cli lang = Cli.run("export", "--format", "dot", "--lang", "en glish");
        assertEquals(2, lang.status());
        assertTrue(lang.err().contains("is not a language tag"), lang.err());
    }

    @Test
    void aMissingOrEmptyDatabaseSaysToLoadFirst(@TempDir Path dir) {
        Path none = dir.resolve("none");
        Cli missing = Cli.run("export", "--format", "graphml", "--db", none.toString());
        assertEquals(1, missing.status());
        assertEquals(1, missing.errors().size(), missing.err());
        assertTrue(missing.errors().get(0).contains("claimgraph load"), missing.err());
        assertFalse(Files.exists(none), "exporting must not create a database");
        assertEquals("", missing.out());

        Path empty = dir.resolve("empty");
        Store.open(empty).close();
        Cli noTranscripts = Cli.run("export", "--format", "graphml", "--db", empty.toString());
        assertEquals(1, noTranscripts.status());
        assertEquals(List.of("claimgraph: error: the database in " + empty.toAbsolutePath().normalize()
                + " holds no transcripts: load one first (claimgraph load FILE)"), noTranscripts.errors());
    }

    @Test
    void exportsWhatLoadStored(@TempDir Path dir) throws Exception {
        String db = dir.resolve("db").toString();
        assertEquals(0, Cli.run("load", SAMPLE, "--db", db, "-q").status());

        Path json = dir.resolve("out/claims.json");
        Cli toFile = Cli.run("export", "--format", "cytoscape", "--db", db, "-o", json.toString());
        assertEquals(0, toFile.status(), toFile.err());
        assertEquals("", toFile.out());
        assertTrue(toFile.err().contains("wrote ") && toFile.err().contains(" claims to "), toFile.err());
        JsonNode elements = new ObjectMapper().readTree(json.toFile()).path("elements");
        assertEquals(59, elements.path("edges").size());
        try (var files = Files.list(json.getParent())) {
            assertEquals(List.of(json), files.toList(), "no temporary file is left beside the output");
        }

        Cli dot = Cli.run("export", "--format", "dot", "--db", db, "-q");
        assertEquals(0, dot.status(), dot.err());
        assertTrue(dot.out().contains("digraph claimgraph {") && dot.out().contains("\"ChatGPT\""), dot.out());

        Cli blocked = Cli.run("export", "--format", "gexf", "--db", db, "-q", "-o", json.resolve("x.gexf").toString());
        assertEquals(1, blocked.status());
        assertTrue(blocked.errors().get(0).startsWith("claimgraph: error: cannot write "), blocked.err());
    }

    @Test
    void exportsAnRdfFileGivenWithData(@TempDir Path dir) throws Exception {
        Path trig = dir.resolve("sample.trig");
        DatasetGraph dsg = DatasetGraphFactory.create();
        dsg.addGraph(Sample.graph().name(), Sample.graph().graph());
        try (OutputStream out = Files.newOutputStream(trig)) {
            RDFDataMgr.write(out, dsg, Lang.TRIG);
        }
        Cli r = Cli.run("export", "--format", "graphml", "--data", trig.toString(), "--all-entities", "-q");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("<?xml") && r.out().contains("<data key=\"label\">数量</data>"), r.out());
    }
}
