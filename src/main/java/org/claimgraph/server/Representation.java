package org.claimgraph.server;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.RDFFormat;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The representations a description (an entity, a claim, a transcript, VoID, the service description) is sent in,
 * and the choice among them. Turtle comes first: it is what a client that accepts anything (curl's {@code *}{@code /*})
 * or sends no Accept header gets; browsers ask for {@code text/html} by name and get the page.
 */
enum Representation {
    TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY),
    HTML("text/html", "html", null),
    JSONLD("application/ld+json", "jsonld", RDFFormat.JSONLD11),
    NTRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES);

    final String mediaType;
    /** The short name a {@code ?format=} parameter may give instead of the media type. */
    final String shortName;
    /** How RIOT writes it; null for HTML. */
    final RDFFormat rdfFormat;

    Representation(String mediaType, String shortName, RDFFormat rdfFormat) {
        this.mediaType = mediaType;
        this.shortName = shortName;
        this.rdfFormat = rdfFormat;
    }

    /** The media types offered, for the body of a 406. */
    static String offered() {
        return Arrays.stream(values()).map(r -> r.mediaType).collect(Collectors.joining(", "));
    }

    /**
     * The representation a GET asks for: a {@code format} parameter (media type or short name) wins, so links
     * can name one; otherwise the Accept header decides. Empty when nothing offered is acceptable (406).
     */
    static Optional<Representation> choose(HttpServletRequest req) {
        String format = req.getParameter("format");
        if (format != null) {
            return Arrays.stream(values()).filter(r -> r.shortName.equalsIgnoreCase(format) || r.mediaType.equalsIgnoreCase(format)).findFirst();
        }
        return choose(req.getHeader("Accept"));
    }

    /**
     * The acceptable representation with the highest q-value, earlier ones winning ties. Each one's q-value is
     * that of the most specific media range matching it, so {@code text/turtle;q=0, *}{@code /*} refuses Turtle.
     */
    static Optional<Representation> choose(String accept) {
        if (accept == null || accept.isBlank()) return Optional.of(TURTLE);
        AcceptList ranges;
        try {
            ranges = new AcceptList(accept);
        } catch (RuntimeException e) {
            return Optional.of(TURTLE);
        }
        Representation best = null;
        double bestQ = 0;
        for (Representation r : values()) {
            double q = quality(ranges, MediaType.create(r.mediaType));
            if (q > bestQ) {
                best = r;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double quality(AcceptList ranges, MediaType offer) {
        MediaRange chosen = null;
        for (MediaRange range : ranges.entries()) {
            if (!range.accepts(offer)) continue;
            if (chosen == null || specificity(range) > specificity(chosen)) chosen = range;
        }
        return chosen == null ? 0 : chosen.get_q();
    }

    private static int specificity(MediaRange range) {
        if (range.getType().equals("*")) return 0;
        return range.getSubType().equals("*") ? 1 : 2;
    }
}
