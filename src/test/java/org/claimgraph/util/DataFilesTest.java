package org.claimgraph.util;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** Listing a data folder, as the server lists queries/: from the checkout, from target/classes and from a jar. */
class DataFilesTest {
    @Test
    void aFolderOfTheCheckoutListsItsFilesWithTheSuffixSorted() throws IOException {
        List<String> expected;
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            expected = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList();
        }
        assertTrue(expected.contains("claims.rq"));
        String before = System.getProperty(DataFiles.HOME_PROPERTY);
        System.setProperty(DataFiles.HOME_PROPERTY, Path.of("").toAbsolutePath().toString());
        try {
            assertEquals(expected, DataFiles.list("queries", ".rq"));
        } finally {
            if (before == null) System.clearProperty(DataFiles.HOME_PROPERTY);
            else System.setProperty(DataFiles.HOME_PROPERTY, before);
        }
        assertEquals(expected, DataFiles.list(DataFilesTest.class.getClassLoader(), "queries", ".rq"), "target/classes holds the same");
    }

    @Test
    void aJarListsTheFilesDirectlyInTheFolder(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("data.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : List.of("claimgraph/queries/", "claimgraph/queries/b.rq", "claimgraph/queries/a.rq",
                    "claimgraph/queries/notes.txt", "claimgraph/queries/old/c.rq", "claimgraph/rules/x.rq")) {
                out.putNextEntry(new JarEntry(name));
                if (!name.endsWith("/")) out.write(name.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[]{jar.toUri().toURL()}, null)) {
            assertEquals(List.of("a.rq", "b.rq"), DataFiles.list(loader, "queries", ".rq"));
            assertEquals(List.of(), DataFiles.list(loader, "ontology", ".ttl"), "a folder the jar lacks");
        }
    }
}
