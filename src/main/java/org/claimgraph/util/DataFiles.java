package org.claimgraph.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The project's data files (ontology, lexicon, rules, queries, Fuseki configuration, sample), found by their path
 * relative to the repository root, e.g. {@code ontology/lexicon.ttl}. When the system property
 * {@code claimgraph.home} names a directory (the launcher sets it to the checkout), files there win, so edits to the
 * lexicon or rules take effect without a rebuild; otherwise the copies packed into the jar are used.
 */
public final class DataFiles {
    private DataFiles() {}

    public static final String HOME_PROPERTY = "claimgraph.home";
    private static final String CLASSPATH_PREFIX = "claimgraph/";

    /** Opens a data file; the caller closes the stream. */
    public static InputStream open(String relativePath) throws IOException {
        Path onDisk = homeFile(relativePath);
        if (onDisk != null) return Files.newInputStream(onDisk);
        InputStream in = DataFiles.class.getClassLoader().getResourceAsStream(CLASSPATH_PREFIX + relativePath);
        if (in == null) throw new IOException("data file " + relativePath + " is missing from the installation; rebuild with: mvn -q -DskipTests package");
        return in;
    }

    /** The whole data file as UTF-8 text. */
    public static String read(String relativePath) {
        try (InputStream in = open(relativePath)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The names of the data files directly in a data folder (e.g. {@code queries}) that end with {@code suffix},
     * sorted: those in {@code claimgraph.home} when it has the folder, else those packed into the jar.
     */
    public static List<String> list(String relativeDir, String suffix) {
        Path home = home();
        if (home != null && Files.isDirectory(home.resolve(relativeDir))) return listFolder(home.resolve(relativeDir), suffix);
        return list(DataFiles.class.getClassLoader(), relativeDir, suffix);
    }

    /** The data files of a folder as {@code loader} finds them: in a folder of the classpath or in a jar. */
    static List<String> list(ClassLoader loader, String relativeDir, String suffix) {
        String prefix = CLASSPATH_PREFIX + relativeDir + "/";
        URL url = loader.getResource(prefix);
        if (url == null) return List.of();
        try {
            if (url.getProtocol().equals("file")) return listFolder(Path.of(url.toURI()), suffix);
            if (!url.getProtocol().equals("jar")) return List.of();
            List<String> names = new ArrayList<>();
            JarURLConnection jar = (JarURLConnection) url.openConnection();
            jar.setUseCaches(false);
            try (var file = jar.getJarFile()) {
                file.stream().map(e -> e.getName())
                        .filter(n -> n.startsWith(prefix) && n.endsWith(suffix) && n.indexOf('/', prefix.length()) < 0)
                        .forEach(n -> names.add(n.substring(prefix.length())));
            }
            return names.stream().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> listFolder(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).filter(n -> n.endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a data file was taken from, for messages. */
    public static String describe(String relativePath) {
        Path onDisk = homeFile(relativePath);
        return onDisk != null ? onDisk.toString() : "classpath:" + CLASSPATH_PREFIX + relativePath;
    }

    /** The directory named by {@code claimgraph.home}, or null. */
    public static Path home() {
        String home = System.getProperty(HOME_PROPERTY);
        if (home == null || home.isBlank()) return null;
        Path dir = Path.of(home);
        return Files.isDirectory(dir) ? dir : null;
    }

    private static Path homeFile(String relativePath) {
        Path home = home();
        if (home == null) return null;
        Path file = home.resolve(relativePath);
        return Files.isRegularFile(file) ? file : null;
    }

    /** The ClaimGraph version this build carries. */
    public static String version() {
        try (InputStream in = DataFiles.class.getClassLoader().getResourceAsStream(CLASSPATH_PREFIX + "version.properties")) {
            if (in == null) return "dev";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
