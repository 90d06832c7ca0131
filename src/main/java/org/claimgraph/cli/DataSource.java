package org.claimgraph.cli;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.app.ClaimGraph;
import org.claimgraph.ingest.InputException;
import org.claimgraph.rdf.NamedGraph;
import org.claimgraph.store.Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What query and validate read: the TDB2 database (--db) or one file (--data), a transcript or an RDF file. */
final class DataSource {
    @ArgGroup(exclusive = true)
    Choice choice;

    static final class Choice {
        @Option(names = "--db", paramLabel = "DIR", description = "TDB2 database folder (default: ./" + Store.DEFAULT_DIR + ").")
        Path db;

        @Option(names = "--data", paramLabel = "FILE",
                description = "Use this file instead of a database: a transcript (extracted on the fly) or an RDF file (.trig, .nq, .ttl, .nt, .jsonld).")
        Path data;
    }

    /** The --data file, or null when the database is used. */
    Path dataFile() { return choice == null ? null : choice.data; }

    Path dbDir() {
        Path dir = choice != null && choice.db != null ? choice.db : Path.of(Store.DEFAULT_DIR);
        return dir.toAbsolutePath().normalize();
    }

    /** True when the database folder holds no database yet (so a query would only see emptiness). */
    boolean dbMissing() {
        Path dir = dbDir();
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (Exception e) {
            return true;
        }
    }

    /** What to tell a user whose database folder is empty. */
    String missingDbMessage() {
        return "there is no database in " + dbDir() + ": load transcripts first (claimgraph load FILE), or give --db DIR or --data FILE";
    }

    /** The --data file as an in-memory dataset with the store's semantics (union default graph). */
    static DatasetGraph loadData(Path file, ClaimGraph cg) throws InputException {
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        if (lang == null || !(RDFLanguages.isTriples(lang) || RDFLanguages.isQuads(lang))) {
            return cg.inMemoryDataset(List.of(cg.vocabularyGraph(), cg.extract(cg.read(file))));
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException(file.toString(), "no such file", "Check the path");
        }
        DatasetGraph parsed = DatasetGraphFactory.create();
        try {
            RDFParser.source(file).lang(lang).parse(parsed);
        } catch (RiotException e) {
            throw new InputException(file.toString(), "is not valid " + lang.getName() + " (" + e.getMessage() + ")",
                    "Fix the file or give a transcript instead");
        }
        List<NamedGraph> graphs = new ArrayList<>();
        parsed.listGraphNodes().forEachRemaining(n -> graphs.add(new NamedGraph(n, parsed.getGraph(n))));
        if (!parsed.getDefaultGraph().isEmpty()) {
            // Triples outside any named graph go into a graph named after the file, so the union default graph shows them.
            Node name = NodeFactory.createURI(file.toAbsolutePath().toUri().toString());
            graphs.add(new NamedGraph(name, parsed.getGraph(Quad.defaultGraphIRI)));
        }
        return cg.inMemoryDataset(graphs);
    }
}
