package org.claimgraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.claimgraph.rdf.IriScheme;
import org.claimgraph.rdf.Prefixes;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * The whole dataset to download, every named graph with its name: {@code /dumps/claimgraph.nq.gz} (N-Quads) and
 * {@code /dumps/claimgraph.trig.gz} (TriG). Each is written as it is sent, from one read transaction, so it is one
 * consistent state of the store however long the download takes and memory stays flat however large the store.
 * <p>
 * They are sent as what their names say, gzip files ({@code Content-Type: application/gzip}, with a
 * {@code Content-Disposition} file name), not as RDF with {@code Content-Encoding: gzip}: clients and browsers undo
 * a content encoding by themselves, and would save plain text under a {@code .gz} name. The VoID description gives
 * each dump's RDF media type ({@code dcat:mediaType}) and compression ({@code dcat:compressFormat}).
 */
final class Dumps extends HttpServlet {
    static final String PATH = "/dumps";

    enum Dump {
        NQUADS("claimgraph.nq.gz", "application/n-quads", RDFFormat.NQUADS),
        TRIG("claimgraph.trig.gz", "application/trig", RDFFormat.TRIG_BLOCKS);

        final String fileName;
        /** The media type of the content once uncompressed. */
        final String mediaType;
        final RDFFormat format;

        Dump(String fileName, String mediaType, RDFFormat format) {
            this.fileName = fileName;
            this.mediaType = mediaType;
            this.format = format;
        }

        static Optional<Dump> named(String fileName) {
            return Arrays.stream(values()).filter(d -> d.fileName.equals(fileName)).findFirst();
        }
    }

    private final DatasetGraph dataset;
    private final IriScheme iris;

    Dumps(DatasetGraph dataset, IriScheme iris) {
        this.dataset = dataset;
        this.iris = iris;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Dump> dump = headers(req, resp);
        if (dump.isEmpty()) return;
        try (OutputStream gz = new GZIPOutputStream(resp.getOutputStream(), 1 << 16)) {
            Txn.executeRead(dataset, () -> write(dump.get().format, gz));
        }
    }

    /** The headers alone: a HEAD does not read the store. */
    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        headers(req, resp);
    }

    private Optional<Dump> headers(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = Objects.toString(req.getPathInfo(), "/").substring(1);
        Optional<Dump> dump = Dump.named(name);
        if (dump.isEmpty()) {
            Responses.error(resp, HttpServletResponse.SC_NOT_FOUND, "404 Not Found: no dump named \"" + name + "\"; there are "
                    + Arrays.stream(Dump.values()).map(d -> PATH + "/" + d.fileName).toList());
            return Optional.empty();
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("application/gzip");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + dump.get().fileName + "\"");
        return dump;
    }

    private void write(RDFFormat format, OutputStream out) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, format, null);
        stream.start();
        if (format != RDFFormat.NQUADS) Prefixes.forBase(iris).forEach(stream::prefix);
        dataset.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(stream::quad);
        stream.finish();
    }
}
