package org.claimgraph.store;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.util.DataFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The database as {@code fuseki-config/claimgraph.ttl} describes it: a TDB2 dataset and, beside it, the Lucene text
 * index with its entity map and analyzer. The file is the one description of the index: {@link Store} builds its
 * index from it and {@code serve} hands it to Fuseki, so every command indexes the same fields the same way, and the
 * stock Fuseki server reading the file does too.
 */
public final class DatasetDescription {
    private DatasetDescription() {}

    public static final String CONFIG_FILE = "fuseki-config/claimgraph.ttl";
    /** The text index's folder inside the database folder. */
    public static final String INDEX_FOLDER = "text-index";
    /** What {@code text:directory} says for an index held in memory. */
    static final String IN_MEMORY = "mem";

    private static final String BASE = "file:///claimgraph/fuseki-config/";
    private static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    static final String TEXT = "http://jena.apache.org/text#";

    /** The text index folder of a database folder. */
    public static Path indexDir(Path dbDir) {
        return dbDir.resolve(INDEX_FOLDER);
    }

    /**
     * The configuration with {@code tdb2:location} set to {@code dbDir} and {@code text:directory} to its
     * {@code text-index} folder (both absolute), as {@code serve} and {@link Store} use it.
     */
    public static Model forDatabase(Path dbDir) {
        Path db = dbDir.toAbsolutePath().normalize();
        Model m = read();
        replaceObjects(m, m.createProperty(TDB2, "location"), m.createLiteral(db.toString()));
        replaceObjects(m, m.createProperty(TEXT, "directory"), m.createLiteral(indexDir(db).toString()));
        return m;
    }

    /** The configuration with the text index in memory (and no TDB2 location of use), for in-memory datasets. */
    static Model inMemory() {
        Model m = read();
        replaceObjects(m, m.createProperty(TEXT, "directory"), m.createLiteral(IN_MEMORY));
        return m;
    }

    /** The one text index ({@code text:TextIndexLucene}) the configuration describes. */
    static Resource textIndex(Model config) {
        var indexes = config.listSubjectsWithProperty(RDF.type, config.createResource(TEXT + "TextIndexLucene")).toList();
        if (indexes.size() != 1) {
            throw new IllegalStateException(DataFiles.describe(CONFIG_FILE) + " must describe exactly one text:TextIndexLucene, not " + indexes.size());
        }
        return indexes.get(0);
    }

    private static Model read() {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = DataFiles.open(CONFIG_FILE)) {
            RDFParser.source(in).lang(Lang.TURTLE).base(BASE).parse(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    private static void replaceObjects(Model m, Property p, RDFNode value) {
        for (Statement s : m.listStatements(null, p, (RDFNode) null).toList()) {
            m.remove(s);
            m.add(s.getSubject(), p, value);
        }
    }
}
