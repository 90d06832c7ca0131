package org.claimgraph.extract;

import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the relation rules file ({@code rules/relations.rules}). Its format:
 * <pre>
 * # comment
 * define NP = [{entity:/.+/}]+          # a macro, used as $NP
 * rule improves.help                    # a rule id, unique in the file
 *   relation improves                   # a relation of the ontology
 *   certainty reported                  # optional: the certainty of what it finds
 *   attributed subject                  # optional: what it finds is passed on from its subject
 *   polarity negative                   # optional: what it finds denies the relation
 *   reciprocal                          # optional: no object group, the subject is also the object
 *   modality as data                    # optional: a modality object stands for its data (train on text);
 *                                       # "modality as generation": for generating it (生成text: text generation)
 *   subject topic Model,Capability      # optional: no subject group, the subject is the topic (see RelationRule)
 *   subject nearest Model               # optional: no subject group, the nearest Model mention before the match
 *   subject previous [RELATION]         # optional: no subject group, the subject is the previous statement's
 *   object previous [RELATION]          # optional: no object group, the object is the previous statement's
 *                                       # (of this relation, or of RELATION); "subject previous hasLimitation
 *                                       # object": that statement's object is the subject (and the other way round)
 *   pattern (?$subj $NP) []{0,6} (?$pred /帮助|提升/) []{0,3} (?$obj $NP)
 * </pre>
 * Earlier rules win where two rules find the same subject and relation in overlapping text.
 */
public final class RelationRules {
    private static final Pattern MACRO_USE = Pattern.compile("\\$([A-Z][A-Z0-9_]*)");

    private RelationRules() {}

    public static List<RelationRule> parse(String text, String sourceName, Set<String> knownRelations) {
        Map<String, String> macros = new LinkedHashMap<>();
        List<RelationRule> rules = new ArrayList<>();
        Env env = newEnv();
        String id = null, relation = null;
        Certainty certainty = null;
        boolean attributed = false, negative = false, reciprocal = false;
        ModalityAs modalityAs = null;
        RelationRule.FromPrevious objectFrom = null, subjectFrom = null;
        Set<String> topic = null, nearest = null;
        int ruleLine = 0;
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = stripComment(lines[n]).strip();
            if (line.isEmpty()) continue;
            String where = sourceName + " line " + (n + 1);
            String[] kv = line.split("\\s+", 2);
            String key = kv[0];
            String value = kv.length > 1 ? kv[1].strip() : "";
            switch (key) {
                case "define" -> {
                    int eq = value.indexOf('=');
                    if (eq < 0) throw new IllegalArgumentException(where + ": expected \"define NAME = pattern\"");
                    String name = value.substring(0, eq).strip();
                    if (!name.matches("[A-Z][A-Z0-9_]*")) throw new IllegalArgumentException(where + ": macro names are upper case, e.g. NP");
                    macros.put(name, "(?: " + expand(value.substring(eq + 1).strip(), macros, where) + " )");
                }
                case "rule" -> {
                    if (id != null) throw new IllegalArgumentException(sourceName + " line " + ruleLine + ": rule " + id + " has no pattern");
                    if (value.isEmpty()) throw new IllegalArgumentException(where + ": a rule needs an id");
                    if (rules.stream().anyMatch(r -> r.id().equals(value))) throw new IllegalArgumentException(where + ": rule id " + value + " is used twice");
                    id = value; relation = null; certainty = null; attributed = false; negative = false; reciprocal = false; modalityAs = null; topic = null; nearest = null; objectFrom = null; subjectFrom = null; ruleLine = n + 1;
                }
                case "relation" -> {
                    if (id == null) throw new IllegalArgumentException(where + ": \"relation\" outside a rule");
                    if (!knownRelations.contains(value)) {
                        throw unknownRelation(where, value, knownRelations);
                    }
                    relation = value;
                }
                case "certainty" -> {
                    if (id == null) throw new IllegalArgumentException(where + ": \"certainty\" outside a rule");
                    try {
                        certainty = Certainty.fromTerm(value);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(where + ": " + e.getMessage());
                    }
                }
                case "attributed" -> {
                    if (id == null || !value.equals("subject")) throw new IllegalArgumentException(where + ": write \"attributed subject\" inside a rule");
                    attributed = true;
                }
                case "polarity" -> {
                    if (id == null || !value.matches("negative|positive")) throw new IllegalArgumentException(where + ": write \"polarity negative\" (or positive, the default) inside a rule");
                    negative = value.equals("negative");
                }
                case "reciprocal" -> {
                    if (id == null || !value.isEmpty()) throw new IllegalArgumentException(where + ": write \"reciprocal\" alone on its line inside a rule");
                    reciprocal = true;
                }
                case "subject" -> {
                    if (id != null && relation != null && value.matches("previous(\\s+\\S+){0,2}")) {
                        subjectFrom = fromPrevious(value, relation, "object", knownRelations, where);
                    } else if (id == null || !value.matches("(topic|nearest)\\s+[A-Za-z]+(\\s*,\\s*[A-Za-z]+)*")) {
                        throw new IllegalArgumentException(where + ": write \"subject topic CLASS,CLASS\" or \"subject nearest CLASS,CLASS\" (classes such as Model, Capability) or \"subject previous [RELATION] [object]\" inside a rule, after its relation");
                    } else if (value.startsWith("topic")) {
                        topic = Cues.classes(value.substring("topic".length()));
                    } else {
                        nearest = Cues.classes(value.substring("nearest".length()));
                    }
                }
                case "object" -> {
                    if (id == null || relation == null || !value.matches("previous(\\s+\\S+){0,2}")) {
                        throw new IllegalArgumentException(where + ": write \"object previous\" or \"object previous RELATION\" (and \"subject\" to take that statement's subject) inside a rule, after its relation");
                    }
                    objectFrom = fromPrevious(value, relation, "subject", knownRelations, where);
                }
                case "modality" -> {
                    ModalityAs kind = value.startsWith("as ") ? ModalityAs.named(value.substring(3).strip()) : null;
                    if (id == null || kind == null) {
                        throw new IllegalArgumentException(where + ": write \"modality as data\" or \"modality as generation\" inside a rule (" + ModalityAs.choices() + ")");
                    }
                    modalityAs = kind;
                }
                case "pattern" -> {
                    if (id == null || relation == null) throw new IllegalArgumentException(where + ": \"pattern\" needs a rule id and a relation before it");
                    String expanded = expand(value, macros, where);
                    List<String> needed = new ArrayList<>(reciprocal ? List.of("(?$subj", "(?$pred") : List.of("(?$subj", "(?$pred", "(?$obj"));
                    // where a subject left out comes from: at most one place, and then the pattern has no $subj
                    List<String> subjectSources = new ArrayList<>();
                    if (topic != null) subjectSources.add("the topic");
                    if (nearest != null) subjectSources.add("the nearest mention before it");
                    if (subjectFrom != null) subjectSources.add("the previous statement");
                    if (subjectSources.size() > 1) {
                        throw new IllegalArgumentException(where + ": rule " + id + " takes its subject from one place: the topic, the nearest mention or the previous statement");
                    }
                    if (!subjectSources.isEmpty()) {
                        if (expanded.contains("(?$subj")) throw new IllegalArgumentException(where + ": rule " + id + " takes its subject from " + subjectSources.get(0) + ", so it has no $subj group");
                        needed.remove("(?$subj");
                    }
                    if (objectFrom != null) {
                        if (expanded.contains("(?$obj")) throw new IllegalArgumentException(where + ": rule " + id + " takes its object from the previous statement, so it has no $obj group");
                        needed.remove("(?$obj");
                    }
                    for (String group : needed) {
                        if (!expanded.contains(group)) throw new IllegalArgumentException(where + ": rule " + id + " needs a group " + group + " …)");
                    }
                    if (reciprocal && expanded.contains("(?$obj")) throw new IllegalArgumentException(where + ": rule " + id + " is reciprocal: its subject is its object, so it has no $obj group");
                    TokenSequencePattern compiled;
                    try {
                        compiled = TokenSequencePattern.compile(env, expanded);
                    } catch (Exception e) {
                        throw new IllegalArgumentException(where + ": rule " + id + " has a bad pattern: " + e.getMessage(), e);
                    }
                    rules.add(new RelationRule(id, relation, value, compiled, certainty, attributed, negative, reciprocal, modalityAs, topic, nearest, subjectFrom, objectFrom, anchor(expanded)));
                    id = null;
                }
                default -> throw new IllegalArgumentException(where + ": unknown keyword \"" + key + "\"; use define, rule, relation, certainty, attributed, polarity, reciprocal, modality, subject, object or pattern");
            }
        }
        if (id != null) throw new IllegalArgumentException(sourceName + " line " + ruleLine + ": rule " + id + " has no pattern");
        return List.copyOf(rules);
    }

    /**
     * The words every match of a pattern contains one of: the literal word regexes ({@code /提升/},
     * {@code {word:/帮助|提升/}}) of its {@code $pred} group, joined. Null when some alternative of the predicate has
     * no literal word ({@code [{entity:"base-model"}]}), so that the rule must run everywhere.
     */
    static Pattern anchor(String expandedPattern) {
        int start = expandedPattern.indexOf("(?$pred");
        if (start < 0) return null;
        String pred = groupText(expandedPattern, start);
        if (pred == null) return null;
        List<String> literals = new ArrayList<>();
        boolean literalInAlternative = false;
        for (int i = 0; i < pred.length(); i++) {
            int end = literalEnd(pred, i);
            if (end < 0) return null;
            if (end > i) {
                String key = keyBefore(pred, i);
                if (pred.charAt(i) == '/' && (key == null || key.equals("word"))) {
                    literals.add(pred.substring(i + 1, end));
                    literalInAlternative = true;
                }
                i = end;
            } else if (pred.charAt(i) == '|') {
                if (!literalInAlternative) return null;
                literalInAlternative = false;
            }
        }
        if (!literalInAlternative || literals.isEmpty()) return null;
        StringBuilder union = new StringBuilder();
        for (String l : literals) union.append(union.length() == 0 ? "" : "|").append("(?:").append(l).append(')');
        return Pattern.compile(union.toString());
    }

    /** The text of the group opening at {@code open}, up to its closing parenthesis; regexes and strings skipped. */
    private static String groupText(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            int end = literalEnd(s, i);
            if (end < 0) return null;
            if (end > i) i = end;
            else if (s.charAt(i) == '(') depth++;
            else if (s.charAt(i) == ')' && --depth == 0) return s.substring(open + "(?$pred".length(), i);
        }
        return null;
    }

    /**
     * Where a regex literal (/…/) or a string ("…") that starts at {@code i} ends (its closing character), {@code i}
     * itself when none starts there, or -1 when it is not closed.
     */
    private static int literalEnd(String s, int i) {
        char c = s.charAt(i);
        if (c == '/') return regexEnd(s, i);
        if (c == '"') return s.indexOf('"', i + 1);
        return i;
    }

    /** Where the regex literal opening with the slash at {@code i} ends (its closing slash), or -1. */
    private static int regexEnd(String s, int i) {
        for (int j = i + 1; j < s.length(); j++) {
            if (s.charAt(j) == '\\') j++;
            else if (s.charAt(j) == '/') return j;
        }
        return -1;
    }

    /** The annotation key a regex literal is the value of (tag in a tag constraint), or null for a bare one. */
    private static String keyBefore(String s, int slash) {
        int j = slash - 1;
        while (j >= 0 && s.charAt(j) == ' ') j--;
        if (j < 0 || s.charAt(j) != ':') return null;
        int k = j - 1;
        while (k >= 0 && Character.isLetter(s.charAt(k))) k--;
        return s.substring(k + 1, j);
    }

    /** A TokensRegex environment where ClaimGraph's token annotations have short names. */
    static Env newEnv() {
        Env env = TokenSequencePattern.getNewEnv();
        env.bind("entity", TokenKeys.Entity.class);
        env.bind("etype", TokenKeys.EntityType.class);
        env.bind("clause", TokenKeys.Clause.class);
        return env;
    }

    private static String expand(String pattern, Map<String, String> macros, String where) {
        Matcher m = MACRO_USE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String body = macros.get(m.group(1));
            if (body == null) throw new IllegalArgumentException(where + ": macro $" + m.group(1) + " is not defined above");
            m.appendReplacement(out, Matcher.quoteReplacement(body));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * "previous [RELATION] [PART]": the nearest earlier statement of RELATION (which must be known; the rule's own when
     * not given), and whether the argument is that statement's other part ({@code otherPart}: "object" for a subject,
     * "subject" for an object) rather than the same one.
     */
    private static RelationRule.FromPrevious fromPrevious(String value, String relation, String otherPart, Set<String> knownRelations, String where) {
        List<String> words = new ArrayList<>(List.of(value.split("\\s+")));
        words.remove(0);
        boolean other = !words.isEmpty() && words.get(words.size() - 1).equals(otherPart);
        if (other) words.remove(words.size() - 1);
        if (words.isEmpty()) return new RelationRule.FromPrevious(relation, other);
        if (words.size() > 1 || !knownRelations.contains(words.get(0))) {
            throw unknownRelation(where, String.join(" ", words), knownRelations);
        }
        return new RelationRule.FromPrevious(words.get(0), other);
    }

    private static IllegalArgumentException unknownRelation(String where, String name, Set<String> knownRelations) {
        return new IllegalArgumentException(where + ": unknown relation \"" + name + "\"; known: " + String.join(", ", knownRelations.stream().sorted().toList()));
    }

    /** Drops a comment that starts with " #" (a # inside a pattern must not follow a space). */
    private static String stripComment(String line) {
        if (line.stripLeading().startsWith("#")) return "";
        int hash = line.indexOf(" #");
        return hash >= 0 ? line.substring(0, hash) : line;
    }
}
