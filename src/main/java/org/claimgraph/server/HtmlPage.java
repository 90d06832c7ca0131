package org.claimgraph.server;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.IriScheme;
import org.claimgraph.rdf.OA;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.claimgraph.server.Html.escape;

/**
 * The HTML page of a description: the resource's own properties as a table, then what the page is about (the
 * claims of an entity, the evidence of a claim, the claims and entities of a transcript, the parts of a dataset
 * description). Resources of the dataset link to their pages on this server; Wikidata and DBpedia resources link out
 * and say which they are. No scripts and nothing loaded from elsewhere; misheard forms (skos:hiddenLabel) are never
 * shown, as the lexicon asks.
 */
final class HtmlPage {
    static final String WIKIDATA = "http://www.wikidata.org/entity/";
    static final String DBPEDIA = "http://dbpedia.org/resource/";
    /** The IRI paths under the base that have pages on this server. */
    private static final List<String> PAGED = List.of("entity/", "claim/", "transcript/");
    private static final int LONG_TEXT = 240;

    private final Model m;
    private final IriScheme iris;
    private final StringBuilder b = new StringBuilder();

    private HtmlPage(Model m, IriScheme iris) {
        this.m = m;
        this.iris = iris;
    }

    static String entity(Model m, IriScheme iris, String iri) {
        HtmlPage p = new HtmlPage(m, iris);
        Resource x = m.createResource(iri);
        p.start(x, "entity");
        p.claims("Claims about it", claimsOf(m, x), false);
        return p.end();
    }

    static String claim(Model m, IriScheme iris, String iri) {
        HtmlPage p = new HtmlPage(m, iris);
        Resource x = m.createResource(iri);
        p.start(x, "claim");
        p.evidence(x);
        return p.end();
    }

    static String transcript(Model m, IriScheme iris, String iri) {
        HtmlPage p = new HtmlPage(m, iris);
        Resource x = m.createResource(iri);
        p.start(x, "transcript");
        p.claims("Claims made in it", m.listSubjectsWithProperty(RDF.type, CG.Claim).toList(), true);
        p.entities(x);
        return p.end();
    }

    /** A page for a description of the service itself (VoID, the SPARQL service description): every part shown. */
    static String description(Model m, IriScheme iris, String iri, String kind) {
        HtmlPage p = new HtmlPage(m, iris);
        Resource x = m.createResource(iri);
        p.start(x, kind);
        List<Resource> others = m.listSubjects().filterKeep(r -> r.isURIResource() && !r.equals(x)).toList();
        others.sort(Comparator.comparing(Resource::getURI));
        for (Resource r : others) {
            String fragment = r.getURI().contains("#") ? r.getURI().substring(r.getURI().indexOf('#') + 1) : null;
            p.b.append("<h2").append(fragment == null ? "" : " id=\"" + escape(fragment) + "\"").append(">")
                    .append(escape(p.label(r))).append("</h2>\n<p class=\"iri\">").append(escape(r.getURI())).append("</p>\n");
            p.properties(r, 0);
        }
        return p.end();
    }

    private void start(Resource x, String kind) {
        String title = label(x);
        b.append(Html.head(title + " - ClaimGraph"));
        b.append("<p class=\"meta\"><a href=\"/\">ClaimGraph</a> &rsaquo; ").append(escape(kind)).append("</p>\n");
        b.append("<h1>").append(escape(title)).append("</h1>\n<p class=\"iri\">").append(escape(x.getURI())).append("</p>\n");
        b.append("<nav class=\"meta\">Also as: <a href=\"?format=ttl\">Turtle</a> <a href=\"?format=jsonld\">JSON-LD</a> ")
                .append("<a href=\"?format=nt\">N-Triples</a></nav>\n");
        properties(x, 0);
    }

    private String end() {
        return b.append("</body></html>\n").toString();
    }

    /** The properties of a resource as a table; blank nodes are shown inside it, a few levels deep. */
    private void properties(Resource r, int depth) {
        Map<String, List<RDFNode>> rows = new TreeMap<>(Comparator.comparing(HtmlPage::propertyRank).thenComparing(s -> s));
        Map<String, Property> byName = new TreeMap<>();
        for (Statement s : r.listProperties().toList()) {
            if (s.getPredicate().equals(SKOS.hiddenLabel)) continue;
            String name = m.shortForm(s.getPredicate().getURI());
            rows.computeIfAbsent(name, k -> new ArrayList<>()).add(s.getObject());
            byName.put(name, s.getPredicate());
        }
        b.append("<table>\n");
        rows.forEach((name, values) -> {
            b.append("<tr><th><a class=\"ext\" href=\"").append(escape(byName.get(name).getURI())).append("\">")
                    .append(escape(name)).append("</a></th><td>");
            values.sort(Comparator.comparing(this::sortKey));
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) b.append(values.get(i).isAnon() ? "" : "<br>");
                value(values.get(i), depth);
                if (name.equals("skos:exactMatch") && values.get(i).isURIResource()) linkRecord(r, values.get(i).asResource());
            }
            b.append("</td></tr>\n");
        });
        b.append("</table>\n");
    }

    /** Where a link to another dataset was checked and how sure that check is (its cg:EntityLink record). */
    private void linkRecord(Resource subject, Resource target) {
        for (Resource record : m.listSubjectsWithProperty(CG.linkTarget, target).toList()) {
            if (!record.hasProperty(CG.linkSubject, subject)) continue;
            b.append(" <span class=\"meta\">(");
            Statement confidence = record.getProperty(CG.confidence);
            if (confidence != null && confidence.getObject().isLiteral()) b.append("confidence ").append(escape(confidence.getLiteral().getLexicalForm()));
            Statement source = record.getProperty(DCTerms.source);
            if (source != null) {
                b.append("; checked against ");
                if (source.getObject().isURIResource()) b.append(link(source.getResource()));
                else b.append(escape(source.getObject().asLiteral().getLexicalForm()));
            }
            b.append(")</span>");
        }
    }

    /** rdf:type and the labels first, then the rest alphabetically. */
    private static int propertyRank(String shortName) {
        return switch (shortName) {
            case "rdf:type" -> 0;
            case "skos:prefLabel", "rdfs:label" -> 1;
            case "skos:altLabel" -> 2;
            case "skos:definition", "dct:title", "dct:description" -> 3;
            case "skos:exactMatch" -> 4;
            default -> 5;
        };
    }

    private String sortKey(RDFNode n) {
        if (n.isLiteral()) return n.asLiteral().getLexicalForm();
        if (n.isURIResource()) return label(n.asResource());
        return "~";
    }

    private void value(RDFNode n, int depth) {
        if (n.isLiteral()) {
            literal(n.asLiteral());
        } else if (n.isURIResource()) {
            b.append(link(n.asResource()));
        } else if (depth < 3) {
            properties(n.asResource(), depth + 1);
        } else {
            b.append("&hellip;");
        }
    }

    private void literal(Literal l) {
        String text = l.getLexicalForm();
        String lang = l.getLanguage();
        String shown = text.length() > LONG_TEXT
                ? "<details><summary>" + escape(text.substring(0, 80)) + "&hellip; (" + text.codePointCount(0, text.length())
                  + " characters)</summary><p style=\"white-space:pre-wrap\">" + escape(text) + "</p></details>"
                : escape(text);
        b.append(shown);
        if (!lang.isEmpty()) b.append(" <span class=\"lang\">").append(escape(lang)).append("</span>");
    }

    /**
     * A link to the resource: its page here, or the resource itself elsewhere (marked as leaving the site). The
     * dataset's IRIs without a page here (the lexicon, the vocabulary graph) are not links, as they would lead nowhere.
     */
    String link(Resource r) {
        String text = escape(label(r));
        String local = localPath(r.getURI());
        if (local != null) return "<a href=\"" + escape(local) + "\">" + text + "</a>";
        if (r.getURI().startsWith(iris.base())) return text;
        if (r.getURI().startsWith("http://") || r.getURI().startsWith("https://")) {
            return "<a class=\"ext\" href=\"" + escape(r.getURI()) + "\">" + text + "</a>";
        }
        return text;
    }

    /** The path of the resource's page on this server, or null when it has none. */
    private String localPath(String iri) {
        if (!iri.startsWith(iris.base())) return null;
        String rel = iri.substring(iris.base().length());
        if (PAGED.stream().noneMatch(rel::startsWith)) return null;
        return "/" + encodePath(rel);
    }

    /** Percent-encodes what may not stand in a URL path as it is (non-ASCII letters, spaces, quotes...). */
    static String encodePath(String s) {
        StringBuilder out = new StringBuilder();
        for (byte by : s.getBytes(StandardCharsets.UTF_8)) {
            int c = by & 0xff;
            if (c > 0x20 && c < 0x7f && "\"<>\\^`{|}%".indexOf(c) < 0) out.append((char) c);
            else out.append('%').append(String.format("%02X", c));
        }
        return out.toString();
    }

    /** What to call a resource: its English label, any label, Wikidata/DBpedia and the id, or its prefixed name. */
    String label(Resource r) {
        if (!r.isURIResource()) return "(blank node)";
        for (Property p : List.of(SKOS.prefLabel, RDFS.label, DCTerms.title)) {
            String en = null, any = null;
            for (Statement s : r.listProperties(p).toList()) {
                if (!s.getObject().isLiteral()) continue;
                Literal l = s.getLiteral();
                if (l.getLanguage().startsWith("en") && en == null) en = l.getLexicalForm();
                if (any == null) any = l.getLexicalForm();
            }
            if (en != null) return en;
            if (any != null) return any;
        }
        String iri = r.getURI();
        if (iri.startsWith(WIKIDATA)) return "Wikidata " + iri.substring(WIKIDATA.length());
        if (iri.startsWith(DBPEDIA)) return "DBpedia " + iri.substring(DBPEDIA.length()).replace('_', ' ');
        String shortForm = m.shortForm(iri);
        return shortForm.equals(iri) ? iri : shortForm;
    }

    private static List<Resource> claimsOf(Model m, Resource x) {
        Set<Resource> claims = new HashSet<>(m.listSubjectsWithProperty(RDF.subject, x).toList());
        claims.addAll(m.listSubjectsWithProperty(RDF.object, x).toList());
        claims.removeIf(c -> !c.hasProperty(RDF.type, CG.Claim));
        return new ArrayList<>(claims);
    }

    /** Each claim as "subject relation object", with how sure, how often said, and optionally its quotes here. */
    private void claims(String heading, List<Resource> claims, boolean withQuotes) {
        b.append("<h2>").append(escape(heading)).append(" (").append(claims.size()).append(")</h2>\n");
        if (claims.isEmpty()) {
            b.append("<p class=\"meta\">None.</p>\n");
            return;
        }
        claims.sort(Comparator.comparing(this::claimSortKey));
        b.append("<ul>\n");
        for (Resource c : claims) {
            boolean negative = c.hasProperty(CG.polarity, CG.negative);
            b.append("<li>").append(negative ? "<strong>not:</strong> " : "")
                    .append(objectLink(c, RDF.subject)).append(" <em>").append(objectLabel(c, RDF.predicate)).append("</em> ")
                    .append(objectLink(c, RDF.object)).append(" <span class=\"meta\">(");
            if (c.hasProperty(CG.certainty)) b.append(objectLabel(c, CG.certainty));
            if (c.hasProperty(CG.supportCount)) {
                int n = c.getProperty(CG.supportCount).getInt();
                b.append(", ").append(n).append(n == 1 ? " statement" : " statements");
            }
            b.append(") <a href=\"").append(escape(localPathOr(c.getURI()))).append("\">the claim</a></span>");
            if (withQuotes) {
                List<Resource> evidence = m.listSubjectsWithProperty(m.createProperty(OA.hasBody.getURI()), c).toList();
                evidence.sort(Comparator.comparingLong(this::start));
                for (Resource ev : evidence) quote(ev, false);
            }
            b.append("</li>\n");
        }
        b.append("</ul>\n");
    }

    private String claimSortKey(Resource c) {
        return objectLabel(c, RDF.subject) + " " + objectLabel(c, RDF.predicate) + " " + objectLabel(c, RDF.object);
    }

    private String localPathOr(String iri) {
        String local = localPath(iri);
        return local != null ? local : iri;
    }

    private String objectLink(Resource r, Property p) {
        Statement s = r.getProperty(p);
        if (s == null) return "?";
        return s.getObject().isURIResource() ? link(s.getResource()) : escape(s.getObject().toString());
    }

    private String objectLabel(Resource r, Property p) {
        Statement s = r.getProperty(p);
        if (s == null) return "?";
        return escape(s.getObject().isURIResource() ? label(s.getResource()) : s.getObject().toString());
    }

    /** Where a claim was stated: each quote, where it is in which transcript, and how sure the speaker was. */
    private void evidence(Resource claim) {
        List<Resource> evidence = claim.listProperties(CG.hasEvidence).mapWith(Statement::getResource).toList();
        b.append("<h2>Evidence (").append(evidence.size()).append(")</h2>\n");
        evidence.sort(Comparator.comparingLong(this::start));
        for (Resource ev : evidence) quote(ev, true);
    }

    /** Where a piece of evidence starts in its transcript (its position selector's oa:start), for reading order. */
    private long start(Resource ev) {
        Property start = m.createProperty(OA.start.getURI());
        Resource target = ev.getPropertyResourceValue(m.createProperty(OA.hasTarget.getURI()));
        if (target == null) return Long.MAX_VALUE;
        for (Statement s : target.listProperties(m.createProperty(OA.hasSelector.getURI())).toList()) {
            if (s.getObject().isResource() && s.getResource().hasProperty(start)) return s.getResource().getProperty(start).getLong();
        }
        return Long.MAX_VALUE;
    }

    private void quote(Resource ev, boolean withSource) {
        Property hasTarget = m.createProperty(OA.hasTarget.getURI());
        Property hasSource = m.createProperty(OA.hasSource.getURI());
        Property hasSelector = m.createProperty(OA.hasSelector.getURI());
        Property exact = m.createProperty(OA.exact.getURI());
        Property start = m.createProperty(OA.start.getURI());
        Property end = m.createProperty(OA.end.getURI());
        Statement target = ev.getProperty(hasTarget);
        if (target == null || !target.getObject().isResource()) return;
        Resource t = target.getResource();
        String quote = null, from = null, to = null;
        for (Statement s : t.listProperties(hasSelector).toList()) {
            Resource sel = s.getResource();
            if (sel.hasProperty(exact)) quote = sel.getProperty(exact).getString();
            if (sel.hasProperty(start)) from = sel.getProperty(start).getString();
            if (sel.hasProperty(end)) to = sel.getProperty(end).getString();
        }
        if (quote == null) return;
        b.append("<blockquote>").append(escape(quote)).append("</blockquote><p class=\"meta\">");
        if (from != null && to != null) b.append("characters ").append(escape(from)).append("&ndash;").append(escape(to));
        if (withSource && t.hasProperty(hasSource)) b.append(" of ").append(link(t.getPropertyResourceValue(hasSource)));
        if (ev.hasProperty(CG.certainty)) b.append("; ").append(objectLabel(ev, CG.certainty));
        if (ev.hasProperty(CG.certaintyCue)) b.append(" (cue &ldquo;").append(escape(ev.getProperty(CG.certaintyCue).getString())).append("&rdquo;)");
        if (ev.hasProperty(CG.rule)) b.append("; rule <code>").append(escape(ev.getProperty(CG.rule).getString())).append("</code>");
        b.append("</p>\n");
    }

    /** The entities a transcript mentions, most mentioned first, with their links elsewhere. */
    private void entities(Resource transcript) {
        List<Resource> entities = m.listSubjectsWithProperty(RDF.type, CG.Entity).toList();
        b.append("<h2>Entities mentioned (").append(entities.size()).append(")</h2>\n<ul>\n");
        entities.sort(Comparator.comparing((Resource e) -> -mentions(e)).thenComparing(this::label));
        for (Resource e : entities) {
            b.append("<li>").append(link(e));
            int n = mentions(e);
            if (n > 0) b.append(" <span class=\"meta\">(").append(n).append(n == 1 ? " mention" : " mentions").append(")</span>");
            for (Statement s : e.listProperties(SKOS.exactMatch).toList()) {
                if (s.getObject().isURIResource()) b.append(" &middot; ").append(link(s.getResource()));
            }
            b.append("</li>\n");
        }
        b.append("</ul>\n");
    }

    private static int mentions(Resource e) {
        Statement s = e.getProperty(CG.mentionCount);
        return s == null || !s.getObject().isLiteral() ? 0 : s.getInt();
    }
}
