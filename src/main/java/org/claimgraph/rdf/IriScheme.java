package org.claimgraph.rdf;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.claimgraph.extract.Polarity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one place where ClaimGraph's IRIs are made. Everything hangs off a configurable base IRI, and every IRI is a
 * function of the input alone, so the same transcript always gives the same IRIs:
 * <pre>
 * {base}transcript/{file name or path}    a transcript, and the name of the graph that holds its extraction
 * {base}transcript/{file name}#char=B,E   a mention (NIF style, code points)
 * {base}entity/{lexicon name}             an entity of the lexicon (its concept IRIs are relative to this)
 * {base}entity/term/{surface form}        an entity found outside the lexicon
 * {base}entity/time/{year}                a time (the object of predictions)
 * {base}entity/speaker/{name}             a speaker named by a speaker-labelled input
 * {base}claim/{hash}                      a claim: hash of subject, relation, object and polarity
 * </pre>
 */
public final class IriScheme {
    /** The base IRI when none is given: the address {@code claimgraph serve} listens on. */
    public static final String DEFAULT_BASE = "http://localhost:3030/";

    private final String base;

    public IriScheme(String base) {
        if (base == null || !(base.endsWith("/") || base.endsWith("#"))) {
            throw new IllegalArgumentException("base IRI \"" + base + "\" must end with / or #, e.g. " + DEFAULT_BASE);
        }
        if (!isAbsoluteIri(base)) {
            throw new IllegalArgumentException("base IRI \"" + base + "\" is not an absolute IRI; give one such as " + DEFAULT_BASE);
        }
        this.base = base;
    }

    private static boolean isAbsoluteIri(String s) {
        try {
            return IRIx.create(s).isAbsolute();
        } catch (IRIException e) {
            return false;
        }
    }

    public static IriScheme defaults() { return new IriScheme(DEFAULT_BASE); }

    public String base() { return base; }
    public String entityNamespace() { return base + "entity/"; }
    public String termNamespace() { return base + "entity/term/"; }
    /** An entity found outside the lexicon, named by its surface form (lower case, spaces as '-'). */
    public String term(String surface) { return termNamespace() + slug(surface.strip().toLowerCase(java.util.Locale.ROOT)); }

    public String timeNamespace() { return base + "entity/time/"; }
    /** A point in time an entity of its own, e.g. {@code time("2023")}, so predictions can point at it. */
    public String time(String value) { return timeNamespace() + value; }
    /** A speaker a transcript names (a speaker-labelled turn): one entity per name, across transcripts. */
    public String speaker(String name) { return base + "entity/speaker/" + slug(name.strip()); }

    public String lexiconScheme() { return base + "lexicon"; }
    /** The graph that holds the ontology and the lexicon in a store. */
    public String vocabularyGraph() { return base + "graph/vocabulary"; }
    /** The graph of cross-transcript figures: support and source counts and certainty of claims, mention counts. */
    public String aggregatesGraph() { return base + "graph/aggregates"; }
    /** The graph that lists every loaded transcript with its hash, size, load time and ClaimGraph version. */
    public String manifestGraph() { return base + "graph/manifest"; }

    /** A transcript by its source name: a file name, or a path relative to a loaded folder ('/' kept between folders). */
    public String transcript(String sourceName) {
        StringBuilder path = new StringBuilder();
        for (String part : sourceName.split("/", -1)) {
            if (path.length() > 0) path.append('/');
            path.append(slug(part));
        }
        return base + "transcript/" + path;
    }

    public static String mention(String transcriptIri, long begin, long end) { return transcriptIri + "#char=" + begin + "," + end; }
    public static String quantity(String transcriptIri, long begin, long end) { return transcriptIri + "#quantity=" + begin + "," + end; }
    public static String segment(String transcriptIri, int index) { return transcriptIri + "#segment-" + index; }
    public static String extraction(String transcriptIri) { return transcriptIri + "#extraction"; }

    public String claim(String subjectIri, String relation, String objectIri, Polarity polarity) {
        return base + "claim/" + hash(subjectIri + "\n" + relation + "\n" + objectIri + "\n" + polarity.term());
    }

    public static String evidence(String transcriptIri, String claimIri, long begin, long end) {
        return transcriptIri + "#evidence-" + hash(claimIri).substring(0, 8) + "-" + begin + "-" + end;
    }

    /** A file name as an IRI path segment: letters, digits, '.', '_' and '-' kept, anything else becomes '-'. */
    static String slug(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || cp == '.' || cp == '_' || cp == '-') out.appendCodePoint(cp);
            else out.append('-');
        });
        return out.toString();
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
