package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cue words of {@code rules/cues.tsv}: discourse markers that may start a clause, certainty cues with where they
 * stand relative to the claim, negation cues, and pronouns with the entity types they can refer to.
 */
public final class Cues {
    /** A certainty cue: the words, the certainty they signal, and whether they stand before or after the claim. */
    public record CertaintyCue(String words, Certainty certainty, boolean after, boolean denies) {
        CertaintyCue(String words, Certainty certainty, boolean after) { this(words, certainty, after, false); }
    }

    private static final String FRAME_BEFORE = "frame/before", FRAME_AFTER = "frame/after";
    /** The kinds whose cues are plain words, with no value. */
    private static final List<String> WORD_KINDS = List.of("discourse", "negation", "question", "generic", "recall", "saying", "asked");

    /** The words of each kind in {@link #WORD_KINDS}, and of the frame words: "frame/before", "frame/after". */
    private final Map<String, Set<String>> words;
    private final List<CertaintyCue> certainty;
    private final Map<String, List<Set<String>>> pronouns;
    private final List<CertaintyCue> denials;
    private final Map<String, List<Set<String>>> demonstratives;
    private final Map<String, String> classNouns;
    private final Map<String, Set<String>> locatives;
    private final Map<String, Set<String>> modals;
    private final Map<String, Set<String>> manners;

    private Cues(Map<String, Set<String>> words, List<CertaintyCue> certainty, Map<String, List<Set<String>>> pronouns,
                 List<CertaintyCue> denials, Map<String, List<Set<String>>> demonstratives, Map<String, String> classNouns,
                 Map<String, Set<String>> locatives, Map<String, Set<String>> modals, Map<String, Set<String>> manners) {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        words.forEach((kind, set) -> copy.put(kind, java.util.Collections.unmodifiableSet(new LinkedHashSet<>(set))));
        this.words = Map.copyOf(copy);
        this.certainty = List.copyOf(certainty);
        this.pronouns = Map.copyOf(pronouns);
        this.denials = List.copyOf(denials);
        this.demonstratives = Map.copyOf(demonstratives);
        this.classNouns = Map.copyOf(classNouns);
        this.locatives = Map.copyOf(locatives);
        this.modals = Map.copyOf(modals);
        this.manners = Map.copyOf(manners);
    }

    /**
     * Parses the tab-separated cue file: {@code cue TAB kind TAB value}. Kinds: {@code discourse};
     * {@code certainty} with value {@code LEVEL}, {@code LEVEL/after} or {@code LEVEL/denies}; {@code negation}; {@code pronoun} with
     * comma-separated entity classes in tiers separated by |; {@code denial} with value {@code LEVEL}; {@code generic}; {@code demonstrative} with optional classes in tiers; {@code classnoun} with a class; {@code locative}, {@code modal} and {@code manner} with comma-separated entity classes; {@code recall} and {@code saying}; {@code frame} with value {@code before} or {@code after}; {@code asked}. Blank lines and lines starting with # are ignored.
     */
    public static Cues parse(String tsv, String sourceName) {
        Map<String, Set<String>> words = new LinkedHashMap<>();
        for (String kind : WORD_KINDS) words.put(kind, new LinkedHashSet<>());
        words.put(FRAME_BEFORE, new LinkedHashSet<>());
        words.put(FRAME_AFTER, new LinkedHashSet<>());
        List<CertaintyCue> certainty = new ArrayList<>();
        Map<String, List<Set<String>>> pronouns = new LinkedHashMap<>();
        List<CertaintyCue> denials = new ArrayList<>();
        Map<String, List<Set<String>>> demonstratives = new LinkedHashMap<>();
        Map<String, String> classNouns = new LinkedHashMap<>();
        Map<String, Set<String>> locatives = new LinkedHashMap<>();
        Map<String, Set<String>> modals = new LinkedHashMap<>();
        Map<String, Set<String>> manners = new LinkedHashMap<>();
        String[] lines = tsv.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] f = line.split("\t+");
            String where = sourceName + " line " + (n + 1);
            if (f.length < 2) throw new IllegalArgumentException(where + ": expected \"cue<TAB>kind[<TAB>value]\", got \"" + line + "\"");
            String cue = f[0].strip();
            String kind = f[1].strip();
            String value = f.length > 2 ? f[2].strip() : "";
            if (WORD_KINDS.contains(kind)) {
                words.get(kind).add(cue);
                continue;
            }
            switch (kind) {
                case "certainty" -> {
                    boolean after = value.endsWith("/after");
                    boolean denies = value.endsWith("/denies");
                    String level = after || denies ? value.substring(0, value.lastIndexOf('/')) : value;
                    try {
                        certainty.add(new CertaintyCue(cue, Certainty.fromTerm(level), after, denies));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(where + ": " + e.getMessage());
                    }
                }
                case "denial" -> {
                    try {
                        denials.add(new CertaintyCue(cue, Certainty.fromTerm(value), true));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(where + ": " + e.getMessage());
                    }
                }
                case "demonstrative" -> demonstratives.put(cue, value.isEmpty() ? List.of() : tiers(value));
                case "classnoun" -> {
                    if (value.isEmpty()) throw new IllegalArgumentException(where + ": a classnoun needs the entity class it names, e.g. Model");
                    classNouns.put(cue, value);
                }
                case "locative" -> {
                    if (value.isEmpty()) throw new IllegalArgumentException(where + ": a locative needs the entity classes it can stand for, e.g. Dataset");
                    locatives.put(cue, classes(value));
                }
                case "modal" -> {
                    if (value.isEmpty()) throw new IllegalArgumentException(where + ": a modal needs the entity classes an English verb after it can name, e.g. Capability");
                    modals.put(cue, classes(value));
                }
                case "manner" -> {
                    if (value.isEmpty()) throw new IllegalArgumentException(where + ": a manner noun needs the entity classes an English verb before it can name, e.g. Method");
                    manners.put(cue, classes(value));
                }
                case "frame" -> {
                    if (value.equals("before")) words.get(FRAME_BEFORE).add(cue);
                    else if (value.equals("after")) words.get(FRAME_AFTER).add(cue);
                    else throw new IllegalArgumentException(where + ": a frame word is said before or after the topic it sets (从 … 来说): write before or after");
                }
                case "pronoun" -> pronouns.put(cue, tiers(value));
                default -> throw new IllegalArgumentException(where + ": unknown kind \"" + kind + "\"; use discourse, question, certainty, negation, denial, generic, demonstrative, classnoun, locative, modal, manner, recall, saying, frame, asked or pronoun");
            }
        }
        return new Cues(words, certainty, pronouns, denials, demonstratives, classNouns, locatives, modals, manners);
    }

    /** "Model,Organisation|Dataset" → [{Model, Organisation}, {Dataset}]. */
    private static List<Set<String>> tiers(String value) {
        List<Set<String>> tiers = new ArrayList<>();
        for (String tier : value.split("\\|")) tiers.add(classes(tier));
        return List.copyOf(tiers);
    }

    /** "Dataset, Method" → {Dataset, Method} (also the classes of a rule's "subject topic"). */
    static Set<String> classes(String value) {
        return Set.of(value.strip().split("\\s*,\\s*"));
    }

    public Set<String> discourse() { return words.get("discourse"); }
    public List<CertaintyCue> certainty() { return certainty; }
    public Set<String> negation() { return words.get("negation"); }
    /** Answers that deny a claim raised as a question just before (能解决…吗 应该很难), with the certainty they give. */
    public List<CertaintyCue> denials() { return denials; }
    /** Nouns too general to name an entity on their own (东西, 问题). */
    public boolean isGeneric(String word) { return words.get("generic").contains(word); }
    /** The generic nouns, in the file's order. */
    public Set<String> genericNouns() { return words.get("generic"); }
    /** Particles that close a question (吗, 呢). */
    public Set<String> questionParticles() { return words.get("question"); }
    public boolean isDemonstrative(String word) { return demonstratives.containsKey(word); }
    /**
     * The entity classes, in tiers, a demonstrative standing alone (这个有可能…, not 这个东西) can refer to; empty
     * when it only ever points with a noun.
     */
    public List<Set<String>> bareDemonstrativeTypes(String word) { return demonstratives.getOrDefault(word, List.of()); }
    /**
     * The entity classes a locative noun standing alone after 在 (在里面: in it) can refer to, or null when the word
     * is no such noun. After a noun (corpus里面) it only marks a place.
     */
    public Set<String> locativeTypes(String word) { return locatives.get(word); }
    /**
     * The entity classes an English verb right after this modal verb can name by its noun (可以reason: reasoning),
     * or null when the word is no such modal.
     */
    public Set<String> verbClassesAfter(String word) { return modals.get(word); }
    /**
     * The entity classes an English verb before 的 and this noun of manner can name by its noun (interleave的方式: the
     * way of interleaving), or null when the word is no such noun.
     */
    public Set<String> verbClassesBefore(String mannerNoun) { return manners.get(mannerNoun); }
    /** True for a word that recalls earlier talk (刚才, 之前): a name between it and a verb of saying cites a speaker. */
    public boolean isRecall(String word) { return words.get("recall").contains(word); }
    /** True for a verb of saying (提到, 说): see {@link #isRecall}. */
    public boolean isSaying(String word) { return words.get("saying").contains(word); }
    /** True for a word said before the topic it sets for what follows (从 of 从图片来说). */
    public boolean opensFrame(String word) { return words.get(FRAME_BEFORE).contains(word); }
    /** True for a word (or two written together: 来说 for 来 说) said after the topic it sets (来说 of 从图片来说). */
    public boolean closesFrame(String word) { return words.get(FRAME_AFTER).contains(word); }
    /**
     * True for a question word said after what it asks about (X 为什么…): X is the topic of the answer, which a bare
     * demonstrative there may refer to.
     */
    public boolean asksAbout(String word) { return words.get("asked").contains(word); }
    /** The entity class a noun such as model or 公司 names, or null. */
    public String classOfNoun(String word) { return classNouns.get(word); }

    /**
     * The entity classes (local names such as "Model") a pronoun can refer to, in tiers of preference, or null if
     * the word is not a pronoun.
     */
    public List<Set<String>> antecedentTypes(String word) { return pronouns.get(word); }
}
