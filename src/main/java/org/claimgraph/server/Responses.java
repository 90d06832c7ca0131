package org.claimgraph.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

/** Sending a description in the representation the request asks for, and the one-line plain-text errors. */
final class Responses {
    private Responses() {}

    /**
     * Sends {@code description} as Turtle, JSON-LD or N-Triples, or the page {@code html} makes, as the request's
     * Accept header (or {@code format} parameter) asks; 406 naming what is offered when it accepts none of them.
     */
    static void describe(HttpServletRequest req, HttpServletResponse resp, Model description, Supplier<String> html) throws IOException {
        resp.setHeader("Vary", "Accept");
        Optional<Representation> chosen = Representation.choose(req);
        if (chosen.isEmpty()) {
            String asked = req.getParameter("format") != null ? "format=" + req.getParameter("format") : "Accept: " + req.getHeader("Accept");
            error(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "406 Not Acceptable: nothing here matches " + asked
                    + "; this resource is available as " + Representation.offered());
            return;
        }
        Representation r = chosen.get();
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(r.mediaType);
        resp.setCharacterEncoding("utf-8");
        OutputStream out = resp.getOutputStream();
        if (r == Representation.HTML) out.write(html.get().getBytes(StandardCharsets.UTF_8));
        else RDFWriter.source(description).format(r.rdfFormat).output(out);
    }

    /** A one-line plain-text error. */
    static void error(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain");
        resp.setCharacterEncoding("utf-8");
        resp.getWriter().println(message);
    }

    /**
     * The address this request reached the server at, e.g. {@code http://localhost:3030}, for the links a
     * description gives to the endpoint and the dumps (which are on this server whatever the base IRI of the data).
     */
    static String serverRoot(HttpServletRequest req) {
        String url = req.getRequestURL().toString();
        int pathStart = url.indexOf('/', url.indexOf("://") + 3);
        return (pathStart < 0 ? url : url.substring(0, pathStart)) + req.getContextPath();
    }
}
