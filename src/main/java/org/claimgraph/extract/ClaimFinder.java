package org.claimgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import org.claimgraph.lexicon.Concept;
import org.claimgraph.nlp.Token;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies the relation rules to the tokens of one transcript. Tokens carry their entity (from the mentions, and
 * for a pronoun from its antecedent), the rules match over the whole token sequence (so a claim may span chunks),
 * and each match becomes a statement with its certainty and polarity read off the cue words around it.
 */
final class ClaimFinder {
    private static final int CUE_WINDOW_TOKENS_BEFORE = 12;
    private static final int CUE_WINDOW_TOKENS_AFTER = 8;
    private static final int COREF_WINDOW_TOKENS = 60;
    private static final List<String> OBJECT_GROUPS = List.of("$obj", "$obj2", "$obj3", "$obj4");

    private final List<RelationRule> rules;
    private final Cues cues;
    private final String entityNamespace;

    ClaimFinder(List<RelationRule> rules, Cues cues, String entityNamespace) {
        this.rules = rules;
        this.cues = cues;
        this.entityNamespace = entityNamespace;
    }

    List<Claim> find(String text, List<Token> tokens, List<Mention> mentions) {
        int[] mentionOfToken = mentionOfToken(tokens, mentions);
        resolvePronouns(tokens, mentions, mentionOfToken);
        List<CoreLabel> labels = labels(tokens, mentions, mentionOfToken);

        List<Found> found = new ArrayList<>();
        for (RelationRule rule : rules) {
            TokenSequenceMatcher m = rule.pattern().getMatcher(labels);
            while (m.find()) {
                Mention subject = headMention(m, "$subj", mentions, mentionOfToken);
                if (subject == null) continue;
                for (String group : OBJECT_GROUPS) {
                    Mention object = headMention(m, group, mentions, mentionOfToken);
                    if (object == null || object.concept().iri().equals(subject.concept().iri())) continue;
                    if (modifiesAnotherNoun(tokens, m.end(group), mentionOfToken)) continue;
                    Found f = statement(text, tokens, rule, m, subject, object);
                    if (!conflicts(found, f)) found.add(f);
                }
            }
        }
        return group(found);
    }

    private Found statement(String text, List<Token> tokens, RelationRule rule, TokenSequenceMatcher m, Mention subject, Mention object) {
        int begin = tokens.get(m.start()).begin();
        int end = tokens.get(m.end() - 1).end();
        int predBegin = tokens.get(m.start("$pred")).begin();
        int subjEnd = tokens.get(m.end("$subj") - 1).end();
        int windowBefore = tokens.get(Math.max(0, m.start() - CUE_WINDOW_TOKENS_BEFORE)).begin();
        int windowAfter = tokens.get(Math.min(tokens.size() - 1, m.end() - 1 + CUE_WINDOW_TOKENS_AFTER)).end();

        Cues.CertaintyCue cue = certaintyCue(text, windowBefore, predBegin, end, windowAfter);
        Certainty certainty = cue == null ? Certainty.ASSERTED : cue.certainty();
        Polarity polarity = negated(text, Math.min(subjEnd, predBegin), predBegin) ? Polarity.NEGATIVE : Polarity.POSITIVE;
        Statement s = new Statement(begin, end, certainty, cue == null ? null : cue.words(), rule.id(), subject, object);
        return new Found(new ClaimKey(subject.concept(), rule.relation(), object.concept(), polarity), s);
    }

    /**
     * A cue after the claim (an answer such as 答案是肯定的) wins; then a reporting cue before it (我听到), since
     * who said it matters more than how firmly it was passed on; otherwise the before-cue nearest the predicate.
     */
    private Cues.CertaintyCue certaintyCue(String text, int windowBefore, int predBegin, int end, int windowAfter) {
        Cues.CertaintyCue best = null;
        int bestPos = Integer.MAX_VALUE;
        for (Cues.CertaintyCue c : cues.certainty()) {
            if (!c.after()) continue;
            int at = text.indexOf(c.words(), end);
            if (at >= 0 && at + c.words().length() <= windowAfter && at < bestPos) { best = c; bestPos = at; }
        }
        if (best != null) return best;
        Cues.CertaintyCue reported = nearestBefore(text, windowBefore, predBegin, true);
        return reported != null ? reported : nearestBefore(text, windowBefore, predBegin, false);
    }

    private Cues.CertaintyCue nearestBefore(String text, int windowBefore, int predBegin, boolean reportedOnly) {
        Cues.CertaintyCue best = null;
        int bestAt = -1;
        for (Cues.CertaintyCue c : cues.certainty()) {
            if (c.after() || (reportedOnly && c.certainty() != Certainty.REPORTED)) continue;
            int at = text.lastIndexOf(c.words(), predBegin - c.words().length());
            boolean better = at > bestAt || (at == bestAt && best != null && c.words().length() > best.words().length());
            if (at >= windowBefore && better) { best = c; bestAt = at; }
        }
        return best;
    }

    /**
     * True when the object group is followed by 的 (and at most two determiners or measure words) and a noun that is
     * no entity: then the entity only modifies that noun (提升那个corpus的比例 raises the share, not the corpus).
     */
    private static boolean modifiesAnotherNoun(List<Token> tokens, int groupEnd, int[] mentionOfToken) {
        if (groupEnd >= tokens.size() || !tokens.get(groupEnd).word().equals("的")) return false;
        for (int i = groupEnd + 1; i < Math.min(tokens.size(), groupEnd + 4); i++) {
            Token t = tokens.get(i);
            if (t.chunk() != tokens.get(groupEnd).chunk()) return false;
            if (t.pos().equals("DT") || t.pos().equals("M") || t.pos().equals("CD")) continue;
            return t.pos().startsWith("NN") && mentionOfToken[i] < 0;
        }
        return false;
    }

    /** A negation cue between subject and predicate, not counting the A-not-A questions (是不是) listed as cues. */
    private boolean negated(String text, int from, int to) {
        if (to <= from) return false;
        String between = text.substring(from, to);
        for (Cues.CertaintyCue c : cues.certainty()) between = between.replace(c.words(), " ".repeat(c.words().length()));
        for (String neg : cues.negation()) if (between.contains(neg)) return true;
        return false;
    }

    /** A later statement is dropped when an earlier one (from an earlier rule) says the same subject and relation over overlapping text. */
    private static boolean conflicts(List<Found> accepted, Found f) {
        for (Found a : accepted) {
            boolean overlap = a.statement.begin() < f.statement.end() && f.statement.begin() < a.statement.end();
            if (!overlap) continue;
            boolean sameSubjectRelation = a.key.subject().iri().equals(f.key.subject().iri()) && a.key.relation().equals(f.key.relation());
            boolean sameRule = a.statement.ruleId().equals(f.statement.ruleId());
            if (sameSubjectRelation && (!sameRule || a.key.equals(f.key))) return true;
        }
        return false;
    }

    private static List<Claim> group(List<Found> found) {
        Map<ClaimKey, List<Statement>> byKey = new LinkedHashMap<>();
        for (Found f : found) byKey.computeIfAbsent(f.key, k -> new ArrayList<>()).add(f.statement);
        List<Claim> claims = new ArrayList<>();
        byKey.forEach((k, statements) -> claims.add(new Claim(k.subject(), k.relation(), k.object(), k.polarity(), statements)));
        claims.sort((a, b) -> Integer.compare(a.statements().get(0).begin(), b.statements().get(0).begin()));
        return claims;
    }

    /** The mention of the last entity token in a group: Chinese noun phrases put their head last. */
    private static Mention headMention(TokenSequenceMatcher m, String group, List<Mention> mentions, int[] mentionOfToken) {
        int start = m.start(group);
        if (start < 0) return null;
        for (int i = m.end(group) - 1; i >= start; i--) {
            if (mentionOfToken[i] >= 0) return mentions.get(mentionOfToken[i]);
        }
        return null;
    }

    private static int[] mentionOfToken(List<Token> tokens, List<Mention> mentions) {
        int[] of = new int[tokens.size()];
        java.util.Arrays.fill(of, -1);
        int mi = 0;
        for (int t = 0; t < tokens.size(); t++) {
            Token tok = tokens.get(t);
            while (mi < mentions.size() && mentions.get(mi).end() <= tok.begin()) mi++;
            if (mi < mentions.size() && mentions.get(mi).begin() < tok.end()) of[t] = mi;
        }
        return of;
    }

    /**
     * A pronoun outside any mention right after a mention of a class it allows resumes that mention (ChatGPT它…);
     * otherwise it refers to the nearest earlier mention of its first-tier classes within the window, then of the
     * next tier.
     */
    private void resolvePronouns(List<Token> tokens, List<Mention> mentions, int[] mentionOfToken) {
        for (int t = 0; t < tokens.size(); t++) {
            if (mentionOfToken[t] >= 0) continue;
            List<Set<String>> tiers = cues.antecedentTypes(tokens.get(t).word());
            if (tiers == null) continue;
            int previous = t > 0 ? mentionOfToken[t - 1] : -1;
            if (previous >= 0 && tiers.stream().anyMatch(tier -> tier.contains(typeOf(mentions.get(previous))))) {
                mentionOfToken[t] = previous;
                continue;
            }
            for (Set<String> tier : tiers) {
                int found = nearestBefore(t, tier, tokens, mentions, mentionOfToken);
                if (found >= 0) { mentionOfToken[t] = found; break; }
            }
        }
    }

    private static int nearestBefore(int t, Set<String> types, List<Token> tokens, List<Mention> mentions, int[] mentionOfToken) {
        for (int back = t - 1; back >= Math.max(0, t - COREF_WINDOW_TOKENS); back--) {
            int mi = mentionOfToken[back];
            if (mi < 0 || tokens.get(back).word().equals(tokens.get(t).word())) continue;
            if (types.contains(typeOf(mentions.get(mi)))) return mi;
        }
        return -1;
    }

    private static String typeOf(Mention m) { return localName(m.concept().typeIri()); }

    private List<CoreLabel> labels(List<Token> tokens, List<Mention> mentions, int[] mentionOfToken) {
        List<CoreLabel> labels = new ArrayList<>(tokens.size());
        for (int t = 0; t < tokens.size(); t++) {
            Token tok = tokens.get(t);
            CoreLabel l = new CoreLabel();
            l.setWord(tok.word());
            l.setValue(tok.word());
            l.setOriginalText(tok.word());
            l.setTag(tok.pos());
            l.setNER(tok.ner());
            l.setBeginPosition(tok.begin());
            l.setEndPosition(tok.end());
            if (mentionOfToken[t] >= 0) {
                Concept c = mentions.get(mentionOfToken[t]).concept();
                l.set(TokenKeys.Entity.class, entityKey(c.iri()));
                l.set(TokenKeys.EntityType.class, localName(c.typeIri()));
                l.set(TokenKeys.MentionIndex.class, mentionOfToken[t]);
            }
            labels.add(l);
        }
        return labels;
    }

    private String entityKey(String iri) {
        return iri.startsWith(entityNamespace) ? iri.substring(entityNamespace.length()) : iri;
    }

    static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(cut + 1);
    }

    private record ClaimKey(Concept subject, String relation, Concept object, Polarity polarity) {}

    private record Found(ClaimKey key, Statement statement) {}
}
