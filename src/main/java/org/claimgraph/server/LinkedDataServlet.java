package org.claimgraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.rdf.model.Model;
import org.claimgraph.rdf.IriScheme;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * The pages of the dataset's own IRIs: {@code /entity/...}, {@code /claim/...} and {@code /transcript/...} on this
 * server describe {@code {base}entity/...} and so on, whatever the base IRI (so data minted for
 * {@code https://example.org/kg/} can be browsed on localhost). The path arrives percent-decoded, so
 * {@code /entity/term/%E5%A4%9A%E6%A8%A1%E6%80%81} finds {@code {base}entity/term/多模态}. An IRI the store does not
 * know gets 404.
 */
final class LinkedDataServlet extends HttpServlet {
    /** The kinds of resource with pages, by the first segment of their IRI path under the base. */
    enum Kind {
        ENTITY("entity"), CLAIM("claim"), TRANSCRIPT("transcript");

        final String segment;

        Kind(String segment) { this.segment = segment; }

        /** The servlet path spec this kind is served under. */
        String pathSpec() { return "/" + segment + "/*"; }
    }

    private final Kind kind;
    private final Describer describer;
    private final IriScheme iris;

    LinkedDataServlet(Kind kind, Describer describer, IriScheme iris) {
        this.kind = kind;
        this.describer = describer;
        this.iris = iris;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath() + Objects.toString(req.getPathInfo(), "");
        String iri = iris.base() + path.substring(1);
        Optional<Model> description = describer.describe(kind, iri);
        if (description.isEmpty()) {
            Responses.error(resp, HttpServletResponse.SC_NOT_FOUND, "404 Not Found: there is no " + kind.segment + " <" + iri + "> in this dataset");
            return;
        }
        Model m = description.get();
        Responses.describe(req, resp, m, () -> switch (kind) {
            case ENTITY -> HtmlPage.entity(m, iris, iri);
            case CLAIM -> HtmlPage.claim(m, iris, iri);
            case TRANSCRIPT -> HtmlPage.transcript(m, iris, iri);
        });
    }
}
