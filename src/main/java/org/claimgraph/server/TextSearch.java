package org.claimgraph.server;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.OA;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Full-text search over the labels and evidence quotes of the store, through its jena-text Lucene index: what
 * {@code GET /search} answers. Each hit is turned into the thing a reader wants to open: an entity, a claim, a
 * transcript, or for a quote the evidence it is the quote of (with its claim and transcript). A thing matched by
 * several of its labels, or in several graphs, comes once, with its best score.
 * <p>
 * Plain text (the usual case) is searched word by word: every word must occur, a Chinese word as those characters
 * in that order (the analyzer cuts 多模态 into 多 模 态; unquoted, Lucene would take any one of them). Text with Lucene
 * query syntax (double quotes, {@code *}, {@code ~}, parentheses, AND/OR/NOT, a word starting with + or -) is passed
 * on as it is, and searched as plain text when it does not parse.
 */
final class TextSearch {
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    /** Literals up to this many characters are their own snippet; longer ones are cut around the first match. */
    static final int SNIPPET_CHARS = 80;

    /** The fields searched, by one predicate of each: labels, misheard forms (hidden labels) and quotes. */
    private static final List<Resource> FIELDS = List.of(RDFS.label, SKOS.hiddenLabel, ResourceFactory.createResource(OA.exact.getURI()));
    private static final Pattern SYNTAX = Pattern.compile("[\"*~()]|(^|\\s)[+-]\\S|(^|\\s)(AND|OR|NOT)(\\s|$)|&&|\\|\\|");

    enum Kind {
        ENTITY, CLAIM, EVIDENCE, TRANSCRIPT;

        String json() { return name().toLowerCase(Locale.ROOT); }
    }

    /**
     * One thing found.
     *
     * @param claim      for evidence, the claim it supports; otherwise null
     * @param transcript the transcript the thing is in, when it is in exactly one; otherwise null
     */
    record Result(String iri, Kind kind, String label, String snippet, double score, String claim, String transcript) {}

    private final DatasetGraph dataset;
    private final TextIndexLucene index;

    /** @throws IllegalArgumentException when {@code dataset} has no Lucene text index */
    TextSearch(DatasetGraph dataset) {
        if (!(dataset instanceof DatasetGraphText text) || !(text.getTextIndex() instanceof TextIndexLucene lucene)) {
            throw new IllegalArgumentException("the dataset has no Lucene text index (see fuseki-config/claimgraph.ttl)");
        }
        this.dataset = dataset;
        this.index = lucene;
    }

    /** The things matching {@code text}, best first, at most {@code limit} of them. */
    List<Result> search(String text, int limit) {
        String query = luceneQuery(text);
        int hitsWanted = Math.min(10_000, limit * 5 + 50);   // room for one thing's several labels and graphs
        List<TextHit> hits;
        try {
            hits = index.query((String) null, FIELDS, query, null, null, hitsWanted, null);
        } catch (TextIndexParseException e) {
            hits = index.query((String) null, FIELDS, plainTextQuery(text), null, null, hitsWanted, null);
        }
        Set<String> terms = terms(text);
        List<TextHit> found = hits;
        return Txn.calculateRead(dataset, () -> {
            Map<String, Result> best = new LinkedHashMap<>();
            Set<Node> entityClasses = entityClasses();
            for (TextHit hit : found) {
                Result r = resolve(hit, terms, entityClasses);
                if (r != null) best.merge(r.iri(), r, (a, b) -> a.score() >= b.score() ? a : b);
            }
            return best.values().stream().sorted(Comparator.comparingDouble(Result::score).reversed()).limit(limit).toList();
        });
    }

    /** The Lucene query for what a person typed (see the class comment). */
    static String luceneQuery(String text) {
        return SYNTAX.matcher(text).find() ? text.strip() : plainTextQuery(text);
    }

    /** Every word required, each as a phrase. */
    static String plainTextQuery(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.strip().split("\\s+")) {
            if (!w.isEmpty()) words.add("+\"" + w.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        }
        return String.join(" ", words);
    }

    private Result resolve(TextHit hit, Set<String> terms, Set<Node> entityClasses) {
        Node s = hit.getNode();
        if (hit.getLiteral() == null) return null;
        String matched = hit.getLiteral().getLiteralLexicalForm();
        double score = Double.parseDouble(Float.toString(hit.getScore()));
        if (OA.exact.equals(hit.getProp())) return evidence(s, snippet(matched, terms), score);
        Set<Node> types = objects(s, RDF.Nodes.type);
        if (types.contains(CG.Nodes.Claim)) {
            Set<Node> in = graphsOf(s, CG.Nodes.Claim);
            return new Result(s.getURI(), Kind.CLAIM, display(s), snippet(matched, terms), score, null,
                    in.size() == 1 ? in.iterator().next().getURI() : null);
        }
        if (types.contains(CG.Nodes.Transcript)) {
            return new Result(s.getURI(), Kind.TRANSCRIPT, display(s), snippet(matched, terms), score, null, s.getURI());
        }
        if (types.stream().anyMatch(entityClasses::contains)) {
            String label = display(s);
            // A misheard form is matched, never shown (see ontology/lexicon.ttl): the entity shows its own label.
            String snippet = SKOS.hiddenLabel.asNode().equals(hit.getProp()) ? label : snippet(matched, terms);
            return new Result(s.getURI(), Kind.ENTITY, label, snippet, score, null, null);
        }
        return null;
    }

    /** A quote selector's evidence: selector &lt;- target &lt;- evidence, whose body is the claim. */
    private Result evidence(Node quoteSelector, String snippet, double score) {
        for (Node target : subjects(OA.hasSelector, quoteSelector)) {
            for (Node ev : subjects(OA.hasTarget, target)) {
                Node claim = first(objects(ev, OA.hasBody));
                Node source = first(objects(target, OA.hasSource));
                if (claim == null || !ev.isURI()) continue;
                return new Result(ev.getURI(), Kind.EVIDENCE, display(claim), snippet, score, claim.getURI(),
                        source != null && source.isURI() ? source.getURI() : null);
            }
        }
        return null;
    }

    /** What a thing is called: its preferred label in English, else any preferred label, else its rdfs:label. */
    private String display(Node s) {
        String best = null;
        int rank = Integer.MAX_VALUE;
        for (Node p : List.of(SKOS.prefLabel.asNode(), RDFS.Nodes.label)) {
            for (Node label : objects(s, p)) {
                if (!label.isLiteral()) continue;
                int r = (p.equals(RDFS.Nodes.label) ? 2 : 0) + ("en".equals(label.getLiteralLanguage()) ? 0 : 1);
                if (r < rank) {
                    rank = r;
                    best = label.getLiteralLexicalForm();
                }
            }
        }
        return best != null ? best : s.isURI() ? s.getLocalName() : s.toString();
    }

    /** cg:Entity and its subclasses, as the ontology in the store says. */
    private Set<Node> entityClasses() {
        Set<Node> classes = new HashSet<>(Set.of(CG.Nodes.Entity));
        Deque<Node> todo = new ArrayDeque<>(classes);
        while (!todo.isEmpty()) {
            for (Node sub : subjects(RDFS.Nodes.subClassOf, todo.pop())) {
                if (classes.add(sub)) todo.push(sub);
            }
        }
        return classes;
    }

    /** The analyzed terms of the search text, to find where a literal matched. */
    private Set<String> terms(String text) {
        Set<String> out = new HashSet<>();
        forEachToken(text, (term, start) -> out.add(term));
        return out;
    }

    /** The literal, or when long the part of it around its first matching word, with … where it was cut. */
    String snippet(String literal, Set<String> terms) {
        int length = literal.codePointCount(0, literal.length());
        if (length <= SNIPPET_CHARS) return literal;
        int[] at = {-1};
        forEachToken(literal, (term, start) -> {
            if (at[0] < 0 && terms.contains(term)) at[0] = start;
        });
        int matchCp = at[0] < 0 ? 0 : literal.codePointCount(0, at[0]);
        int fromCp = Math.max(0, Math.min(matchCp - SNIPPET_CHARS / 3, length - SNIPPET_CHARS));
        int toCp = Math.min(length, fromCp + SNIPPET_CHARS);
        String cut = literal.substring(literal.offsetByCodePoints(0, fromCp), literal.offsetByCodePoints(0, toCp)).strip();
        return (fromCp > 0 ? "…" : "") + cut + (toCp < length ? "…" : "");
    }

    private interface TokenAction { void accept(String term, int startOffset); }

    private void forEachToken(String text, TokenAction action) {
        Analyzer analyzer = index.getAnalyzer();
        try (TokenStream ts = analyzer.tokenStream("quote", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) action.accept(term.toString(), offset.startOffset());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Set<Node> objects(Node s, Node p) {
        Set<Node> out = new java.util.LinkedHashSet<>();
        dataset.find(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    private Set<Node> subjects(Node p, Node o) {
        Set<Node> out = new java.util.LinkedHashSet<>();
        dataset.find(Node.ANY, Node.ANY, p, o).forEachRemaining(q -> out.add(q.getSubject()));
        return out;
    }

    /** The graphs in which {@code s} has type {@code type}. */
    private Set<Node> graphsOf(Node s, Node type) {
        Set<Node> out = new java.util.LinkedHashSet<>();
        dataset.find(Node.ANY, s, RDF.Nodes.type, type).forEachRemaining(q -> {
            if (!Quad.isDefaultGraph(q.getGraph())) out.add(q.getGraph());
        });
        return out;
    }

    private static Node first(Set<Node> nodes) {
        return nodes.isEmpty() ? null : nodes.iterator().next();
    }
}
