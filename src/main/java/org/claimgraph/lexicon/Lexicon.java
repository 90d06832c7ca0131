package org.claimgraph.lexicon;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The AI-term lexicon: SKOS concepts with preferred, alternative and hidden (misheard) labels in Chinese and
 * English, found in text by {@link #find(String)}: leftmost-longest, case-insensitive, with spaces, hyphens and
 * underscores inside Latin terms ignored ("GPT3.5" = "GPT-3.5") and Latin terms only matched as whole words.
 */
public final class Lexicon {
    private final Model model;
    private final Map<String, Concept> concepts;
    private final TrieNode root = new TrieNode();
    /** Multi-word English labels by the sorted stems of their words; null where two concepts share the stems. */
    private final Map<String, Entry> byStems = new HashMap<>();
    /** One-word English labels by their stem (reasoning → reason); null where two concepts share the stem. */
    private final Map<String, Entry> byWordStem = new HashMap<>();

    private Lexicon(Model model, Map<String, Concept> concepts) {
        this.model = model;
        this.concepts = concepts;
    }

    /**
     * Builds the lexicon from SKOS concepts in {@code model}. Every concept needs an rdf:type and a skos:prefLabel.
     *
     * @throws IllegalArgumentException when a label belongs to two concepts, naming both, or a concept lacks a type
     */
    public static Lexicon fromModel(Model model) {
        Map<String, Concept> concepts = new LinkedHashMap<>();
        Lexicon lexicon = new Lexicon(model, concepts);
        Map<String, String> ownerOfKey = new HashMap<>();
        for (Resource r : model.listSubjectsWithProperty(SKOS.prefLabel).toList()) {
            if (!r.isURIResource()) continue;
            Resource type = r.getPropertyResourceValue(RDF.type);
            if (type == null) throw new IllegalArgumentException("lexicon concept <" + r.getURI() + "> has no rdf:type; give it one such as cg:Model");
            Concept concept = new Concept(r.getURI(), type.getURI(), displayLabel(r));
            concepts.put(concept.iri(), concept);
            lexicon.addLabels(r, concept, SKOS.prefLabel, false, ownerOfKey);
            lexicon.addLabels(r, concept, SKOS.altLabel, false, ownerOfKey);
            lexicon.addLabels(r, concept, SKOS.hiddenLabel, true, ownerOfKey);
        }
        return lexicon;
    }

    private void addLabels(Resource r, Concept concept, org.apache.jena.rdf.model.Property p, boolean hidden, Map<String, String> ownerOfKey) {
        for (Statement s : r.listProperties(p).toList()) {
            String label = s.getString();
            String key = LabelNormaliser.normaliseLabel(label);
            if (key.isEmpty()) continue;
            String owner = ownerOfKey.putIfAbsent(key, concept.iri());
            if (owner != null && !owner.equals(concept.iri())) {
                throw new IllegalArgumentException("lexicon label \"" + label + "\" belongs to both <" + owner + "> and <"
                        + concept.iri() + ">; a label must name one concept");
            }
            Entry entry = new Entry(concept, label, hidden, isMultiWordLatin(label));
            root.insert(key, entry);
            String stems = EnglishStems.key(label);
            if (stems != null) putUnique(byStems, stems, entry);
            String wordStem = EnglishStems.wordKey(label);
            if (wordStem != null) putUnique(byWordStem, wordStem, entry);
        }
    }

    /** Files {@code entry} under {@code key} unless another concept has it too (then the key maps to null). */
    private static void putUnique(Map<String, Entry> map, String key, Entry entry) {
        Entry other = map.get(key);
        if (map.containsKey(key) && (other == null || !other.concept.iri().equals(entry.concept.iri()))) map.put(key, null);
        else if (other == null || (other.hidden && !entry.hidden)) map.put(key, entry);
    }

    /**
     * The concept that the English word {@code text[begin, end)} names in another form than its one-word label
     * (reason for reasoning, translate for translation, generalize for generalization), or null. The word itself
     * being a label is left to {@link #find(String)}.
     */
    public LabelMatch inOtherForm(String text, int begin, int end) {
        String wordStem = EnglishStems.wordKey(text.substring(begin, end));
        Entry e = wordStem == null ? null : byWordStem.get(wordStem);
        return e == null ? null : new LabelMatch(begin, end, e.concept, e.label, e.hidden);
    }

    /**
     * English terms of two or three words said in another word order or form than the lexicon has them
     * ("manipulate symbolic" for symbolic manipulation, "generating images" for image generation): runs of Latin
     * words whose stems are, as a set, those of one multi-word label. Runs that a label matches as written are
     * left to {@link #find(String)}.
     */
    public List<LabelMatch> findReordered(String text) {
        List<LabelMatch> found = new ArrayList<>();
        List<int[]> words = EnglishStems.words(text);
        int i = 0;
        while (i < words.size()) {
            LabelMatch best = null;
            for (int n = EnglishStems.MAX_WORDS; n >= 2 && best == null; n--) {
                if (i + n > words.size() || !EnglishStems.adjacent(text, words, i, n)) continue;
                int begin = words.get(i)[0], end = words.get(i + n - 1)[1];
                Entry e = byStems.get(EnglishStems.key(text.substring(begin, end)));
                if (e != null) best = new LabelMatch(begin, end, e.concept, e.label, e.hidden);
            }
            if (best == null) { i++; continue; }
            found.add(best);
            while (i < words.size() && words.get(i)[0] < best.end()) i++;
        }
        return found;
    }

    /** English preferred label, else any preferred label. */
    private static String displayLabel(Resource r) {
        String any = null;
        for (Statement s : r.listProperties(SKOS.prefLabel).toList()) {
            Literal l = s.getLiteral();
            if (l.getLanguage().startsWith("en")) return l.getString();
            if (any == null) any = l.getString();
        }
        return any;
    }

    public Concept concept(String iri) { return concepts.get(iri); }

    /** The concept one of whose labels is exactly {@code label} (by the matching rules), or null. */
    public Concept conceptLabelled(String label) {
        LabelMatch match = labelled(label.strip());
        return match == null ? null : match.concept();
    }

    /** The match of a label that is exactly the whole of {@code s} (by the matching rules), or null. */
    public LabelMatch labelled(String s) {
        List<LabelMatch> found = find(s);
        return found.size() == 1 && found.get(0).begin() == 0 && found.get(0).end() == s.length() ? found.get(0) : null;
    }

    /**
     * Two words written as one term, the way the lexicon spells such terms: a space between two Latin words ("text" +
     * "data"), none otherwise (对话 + 数据, 视频 + 模型).
     */
    public static String compound(String a, String b) {
        boolean latin = !a.isEmpty() && !b.isEmpty() && a.codePointBefore(a.length()) < 0x2E80 && b.codePointAt(0) < 0x2E80;
        return latin ? a + " " + b : a + b;
    }

    /** The form two spellings of a term share when they are the same term (see {@link LabelNormaliser}). */
    public static String normalise(String label) { return LabelNormaliser.normaliseLabel(label); }

    public int size() { return concepts.size(); }

    /**
     * The lexicon's own description of a concept (types, labels, definition, skos:exactMatch links), for copying into
     * a graph. The links' records are resources of their own in {@link #graph()}.
     */
    public List<Triple> describe(String conceptIri) {
        List<Triple> triples = new ArrayList<>();
        Resource r = model.getResource(conceptIri);
        for (Statement s : r.listProperties().toList()) {
            RDFNode o = s.getObject();
            if (o.isAnon()) continue;
            triples.add(s.asTriple());
        }
        return triples;
    }

    /** The graph the lexicon was read from (with its links and their records). */
    public Graph graph() { return model.getGraph(); }

    /** All label matches in {@code text}, leftmost-longest and non-overlapping, in text order. */
    public List<LabelMatch> find(String text) {
        LabelNormaliser.Normalised norm = LabelNormaliser.normaliseText(text);
        String n = norm.text();
        List<LabelMatch> matches = new ArrayList<>();
        int i = 0;
        while (i < n.length()) {
            Match best = longestAt(n, i, norm, text);
            if (best == null) { i++; continue; }
            int begin = norm.originalBegin(i);
            int end = norm.originalEnd(best.endNorm - 1);
            matches.add(new LabelMatch(begin, end, best.entry.concept, best.entry.label, best.entry.hidden));
            i = best.endNorm;
        }
        return matches;
    }

    private Match longestAt(String n, int start, LabelNormaliser.Normalised norm, String text) {
        if (LabelNormaliser.isLatinWordChar(n.charAt(start)) && norm.originalBegin(start) > 0
                && LabelNormaliser.isLatinWordChar(text.charAt(norm.originalBegin(start) - 1))) {
            return null; // inside a Latin word
        }
        Match best = null;
        TrieNode node = root;
        for (int j = start; j < n.length(); j++) {
            node = node.children.get(n.charAt(j));
            if (node == null) break;
            if (node.entry == null) continue;
            int origEnd = norm.originalEnd(j);
            boolean latinEnd = LabelNormaliser.isLatinWordChar(n.charAt(j));
            if (latinEnd && origEnd < text.length() && LabelNormaliser.isLatinWordChar(text.charAt(origEnd))
                    && !(node.entry.multiWordLatin && latinRunLength(text, origEnd) >= GLUED_REST)) continue;
            best = new Match(j + 1, node.entry);
        }
        return best;
    }

    private record Entry(Concept concept, String label, boolean hidden, boolean multiWordLatin) {}

    /** "text data", "base model": Latin words with a space or hyphen between them. */
    private static boolean isMultiWordLatin(String label) {
        String l = label.strip();
        for (int i = 1; i + 1 < l.length(); i++) {
            if ((l.charAt(i) == ' ' || l.charAt(i) == '-') && LabelNormaliser.isLatinWordChar(l.charAt(i - 1))
                    && LabelNormaliser.isLatinWordChar(l.charAt(i + 1))) return true;
        }
        return false;
    }

    /**
     * ASR output sometimes drops the space between two English words ("text datainterleave"). A label of several
     * Latin words may end inside a longer Latin run when at least {@value #GLUED_REST} letters follow: a specific
     * multi-word term followed by a whole glued word is far likelier than a longer word that happens to start with it.
     */
    private static final int GLUED_REST = 5;

    private static int latinRunLength(String text, int from) {
        int n = 0;
        while (from + n < text.length() && LabelNormaliser.isLatinWordChar(text.charAt(from + n))) n++;
        return n;
    }

    private record Match(int endNorm, Entry entry) {}

    private static final class TrieNode {
        final Map<Character, TrieNode> children = new HashMap<>(4);
        Entry entry;

        void insert(String key, Entry e) {
            TrieNode node = this;
            for (int i = 0; i < key.length(); i++) node = node.children.computeIfAbsent(key.charAt(i), c -> new TrieNode());
            if (node.entry == null || (node.entry.hidden && !e.hidden)) node.entry = e;
        }
    }
}
