package org.claimgraph.cli;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.claimgraph.rdf.NamedGraph;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** The RDF dataset formats ClaimGraph writes, by the name users give on the command line. */
enum RdfOutput {
    trig(RDFFormat.TRIG_BLOCKS),
    nq(RDFFormat.NQUADS),
    jsonld(RDFFormat.JSONLD11);

    private final RDFFormat format;

    RdfOutput(RDFFormat format) { this.format = format; }

    void write(List<NamedGraph> graphs, PrefixMap prefixes, OutputStream out) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        dsg.prefixes().putAll(prefixes);
        for (NamedGraph ng : graphs) dsg.addGraph(ng.name(), ng.graph());
        RDFWriter.source(dsg).format(format).output(out);
    }

    /** Writes to a temporary file beside {@code file} and moves it into place, so a failure leaves {@code file} as it was. */
    void writeFile(List<NamedGraph> graphs, PrefixMap prefixes, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".claimgraph-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                write(graphs, prefixes, out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
