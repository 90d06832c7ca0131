package org.claimgraph.cli;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.rdf.NamedGraph;
import org.claimgraph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code serve}'s options that relax the safe defaults, refused with a one-line error and exit status 2 when they do
 * not make sense, before any database is opened (so no bad combination starts a server).
 */
class ServeOptionsTest {
    /** Runs serve in this JVM; a bug that let it start would block, so it is cut off. */
    private static Cli serve(Path dir, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "serve";
        all[1] = "--db";
        all[2] = dir.resolve("db").toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run(all));
    }

    private static void assertUsageError(Cli r, Path dir, String expected) {
        assertEquals(2, r.status(), r.err());
        assertEquals(1, r.errors().size(), r.err());
        assertTrue(r.errors().get(0).contains(expected), r.err());
        assertFalse(Files.exists(dir.resolve("db")), "refused before the database was opened");
    }

    @Test
    void allowUpdateNeedsAPasswordFileAndAPasswordFileNeedsAllowUpdate(@TempDir Path dir) throws Exception {
        assertUsageError(serve(dir, "--allow-update"), dir, "--allow-update needs --password-file FILE");
        Path passwords = Files.writeString(dir.resolve("passwords"), "admin: secret\n");
        assertUsageError(serve(dir, "--password-file", passwords.toString()), dir, "--password-file is only used with --allow-update");
    }

    @Test
    void aPasswordFileMustBeReadableAndNameAUser(@TempDir Path dir) throws Exception {
        assertUsageError(serve(dir, "--allow-update", "--password-file", dir.resolve("missing").toString()), dir, "cannot read the password file");
        Path empty = Files.writeString(dir.resolve("empty"), "# nobody yet\n\n");
        assertUsageError(serve(dir, "--allow-update", "--password-file", empty.toString()), dir, "has no 'user: password' line");
    }

    @Test
    void sizesOriginsAndHostsAreChecked(@TempDir Path dir) {
        assertUsageError(serve(dir, "--max-request-size", "10XB"), dir, "--max-request-size \"10XB\" is not a size");
        assertUsageError(serve(dir, "--max-request-size", "0"), dir, "is not a size");
        assertUsageError(serve(dir, "--cors", "https://app.example,app.example/path"), dir, "--cors \"app.example/path\" is not an origin");
        assertUsageError(serve(dir, "--host", "no-such-host.invalid"), dir, "--host \"no-such-host.invalid\" is not an address");
        assertUsageError(serve(dir, "--timeout", "0"), dir, "--timeout must be more than 0 seconds");
    }

    @Test
    void sizesTakeBytesKilobytesAndMegabytes() {
        assertEquals(1024 * 1024, ServeCommand.parseSize("1M"));
        assertEquals(1024 * 1024, ServeCommand.parseSize("1MB"));
        assertEquals(512 * 1024, ServeCommand.parseSize("512k"));
        assertEquals(100, ServeCommand.parseSize("100"));
        assertEquals(-1, ServeCommand.parseSize("1.5M"));
        assertEquals(-1, ServeCommand.parseSize("99999999999999999999"));
    }

    @Test
    void aHostThatIsNotThisMachinesGetsAOneLineErrorAndExit1(@TempDir Path dir) {
        try (Store store = Store.open(dir.resolve("db"))) {
            Graph g = GraphFactory.createDefaultGraph();
            g.add(NodeFactory.createURI("http://localhost:3030/transcript/t.txt"), NodeFactory.createURI("http://x/p"), NodeFactory.createLiteralString("o"));
            store.replaceGraphs(List.of(new NamedGraph(NodeFactory.createURI("http://localhost:3030/transcript/t.txt"), g)));
        }
        // 203.0.113.0/24 is TEST-NET-3: never an address of this machine.
        Cli r = serve(dir, "--host", "203.0.113.7", "--port", "0");
        assertEquals(1, r.status(), r.err());
        assertEquals(1, r.errors().size(), r.err());
        assertTrue(r.errors().get(0).contains("cannot listen on 203.0.113.7"), r.err());
    }
}
