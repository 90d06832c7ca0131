package org.claimgraph.cli;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.claimgraph.store.DatasetDescription;
import org.claimgraph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** {@code claimgraph reindex}, and the rebuild any command does on a database whose index is missing. */
class ReindexCommandTest {
    private static final String FIND_GITHUB = "PREFIX text: <http://jena.apache.org/text#> PREFIX oa: <http://www.w3.org/ns/oa#> "
            + "SELECT ?quote { ?quote text:query (oa:exact \"github\") }";
    private static final String LONG_QUOTE = "http://localhost:3030/transcript/talk.txt#evidence-11111111-30-140-quote";

    /** A TDB2 database holding the search fixture, written without any text index, as versions before it did. */
    private static void databaseWithoutIndex(Path db) {
        DatasetGraph raw = DatabaseMgr.connectDatasetGraph(db.toString());
        try {
            Txn.executeWrite(raw, () -> RDFParser.source(Path.of("src/test/resources/search/talk.trig")).lang(Lang.TRIG)
                    .base("http://localhost:3030/").parse(raw));
        } finally {
            TDBInternal.expel(raw);
        }
    }

    @Test
    void aCommandOnADatabaseFromBeforeTheIndexBuildsItSayingSoAndTextQueryThenWorks(@TempDir Path dir) {
        Path db = dir.resolve("db");
        databaseWithoutIndex(db);
        assertFalse(Files.exists(DatasetDescription.indexDir(db)));
        Cli r = Cli.run("query", FIND_GITHUB, "--db", db.toString(), "--format", "csv");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("is out of date (it is empty): rebuilding it from the database"), r.err());
        assertTrue(r.err().contains("text index rebuilt: 17 labels and quotes"), r.err());
        assertEquals("quote\n" + LONG_QUOTE + "\n", r.out().replace("\r\n", "\n"));
        Cli again = Cli.run("query", FIND_GITHUB, "--db", db.toString(), "--format", "csv");
        assertEquals(0, again.status(), again.err());
        assertEquals("", again.err(), "up to date now: nothing to say");
    }

    @Test
    void reindexRebuildsTheIndexOfADatabaseAndRefusesAMissingOne(@TempDir Path dir) {
        Path db = dir.resolve("db");
        databaseWithoutIndex(db);
        try (Store store = Store.openRebuildingIndex(db, line -> {})) {
            assertTrue(Files.isDirectory(DatasetDescription.indexDir(db)));
        }
        Cli r = Cli.run("reindex", "--db", db.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().startsWith("claimgraph: text index rebuilt: 17 labels and quotes indexed in "), r.err());
        assertEquals(1, r.err().lines().count(), "the index was up to date: rebuilt once, as asked, not twice");
        assertTrue(Cli.run("query", FIND_GITHUB, "--db", db.toString(), "--format", "csv").out().contains(LONG_QUOTE));

        Cli missing = Cli.run("reindex", "--db", dir.resolve("nothing-here").toString());
        assertEquals(1, missing.status());
        assertEquals(1, missing.errors().size(), missing.err());
        assertTrue(missing.err().contains("no database in"), missing.err());
        assertFalse(Files.exists(dir.resolve("nothing-here")), "reindex creates no database");
    }
}
