package org.claimgraph.eval;

import org.claimgraph.extract.Claim;
import org.claimgraph.extract.Statement;
import org.claimgraph.lexicon.Concept;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.rdf.CodePoints;
import org.claimgraph.rdf.IriScheme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Compares extracted claims with gold claims. Entities are compared by identity: a gold reference that names a
 * lexicon concept (by its name or any of its labels) is that concept; a year is that year; anything else is a
 * free term, equal to a system entity outside the lexicon with the same normalised label.
 */
public final class Scorer {
    private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");

    private final Lexicon lexicon;
    private final IriScheme iris;

    public Scorer(Lexicon lexicon, IriScheme iris) {
        this.lexicon = lexicon;
        this.iris = iris;
    }

    /** @param text the transcript text the offsets of both sides refer to */
    public Score score(List<GoldClaim> gold, List<Claim> system, String text) {
        CodePoints cp = new CodePoints(text);
        boolean[] goldUsed = new boolean[gold.size()];
        Map<String, int[]> byRelation = new TreeMap<>();
        int correct = 0, certaintyAgree = 0, polarityAgree = 0, goldSpans = 0, goldSpansFound = 0;
        List<String> spurious = new ArrayList<>();
        List<String> disagreements = new ArrayList<>();
        for (GoldClaim g : gold) {
            byRelation.computeIfAbsent(g.relation(), r -> new int[3])[0]++;
            goldSpans += g.evidence().size();
        }
        for (Claim c : system) {
            byRelation.computeIfAbsent(c.relation(), r -> new int[3])[1]++;
            int match = -1;
            for (int i = 0; i < gold.size() && match < 0; i++) {
                if (!goldUsed[i] && sameTriple(gold.get(i), c) && evidenceOverlaps(gold.get(i), c, cp)) match = i;
            }
            if (match < 0) {
                spurious.add(describe(c, text));
                continue;
            }
            goldUsed[match] = true;
            GoldClaim g = gold.get(match);
            correct++;
            byRelation.get(c.relation())[2]++;
            if (g.certainty().equals(c.certainty().term())) certaintyAgree++;
            else disagreements.add(describe(g) + ": certainty " + c.certainty().term() + ", gold " + g.certainty());
            if (g.polarity().equals(c.polarity().term())) polarityAgree++;
            else disagreements.add(describe(g) + ": polarity " + c.polarity().term() + ", gold " + g.polarity());
            for (GoldClaim.Span span : g.evidence()) {
                if (c.statements().stream().anyMatch(s -> overlaps(span, s, cp))) goldSpansFound++;
            }
        }
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) if (!goldUsed[i]) missed.add(describe(gold.get(i)));
        Map<String, Score.Counts> counts = new TreeMap<>();
        byRelation.forEach((r, n) -> counts.put(r, new Score.Counts(n[0], n[1], n[2])));
        return new Score(new Score.Counts(gold.size(), system.size(), correct), counts, certaintyAgree, polarityAgree,
                goldSpans, goldSpansFound, missed, spurious, disagreements);
    }

    private boolean sameTriple(GoldClaim g, Claim c) {
        return g.relation().equals(c.relation())
                && goldKey(g.subject()).equals(systemKey(c.subject()))
                && goldKey(g.object()).equals(systemKey(c.object()));
    }

    private static boolean evidenceOverlaps(GoldClaim g, Claim c, CodePoints cp) {
        if (g.evidence().isEmpty()) return true;
        for (GoldClaim.Span span : g.evidence()) {
            for (Statement s : c.statements()) if (overlaps(span, s, cp)) return true;
        }
        return false;
    }

    /** Gold spans are in code points, statements in UTF-16 indexes. */
    private static boolean overlaps(GoldClaim.Span span, Statement s, CodePoints cp) {
        return cp.offset(s.begin()) < span.end() && span.start() < cp.offset(s.end());
    }

    /** What a gold file's entity reference stands for. */
    String goldKey(String ref) {
        if (ref.startsWith(iris.entityNamespace())) ref = ref.substring(iris.entityNamespace().length());
        if (ref.startsWith("term/")) ref = ref.substring("term/".length()).replace('-', ' ');
        Concept named = lexicon.concept(iris.entityNamespace() + ref);
        if (named != null) return named.iri();
        Concept labelled = lexicon.conceptLabelled(ref);
        if (labelled != null) return labelled.iri();
        if (YEAR.matcher(ref.strip()).matches()) return iris.time(ref.strip());
        return "term:" + Lexicon.normalise(ref);
    }

    /** What an extracted entity is, in the same terms as {@link #goldKey}. */
    String systemKey(Concept c) {
        if (lexicon.concept(c.iri()) != null || c.iri().startsWith(iris.timeNamespace())) return c.iri();
        return "term:" + Lexicon.normalise(c.label());
    }

    private static String describe(GoldClaim g) {
        String quote = g.evidence().isEmpty() ? "" : " \"" + g.evidence().get(0).quote() + "\"";
        return g.subject() + " " + g.relation() + " " + g.object() + (g.polarity().equals("negative") ? " (negative)" : "") + quote;
    }

    private static String describe(Claim c, String text) {
        Statement s = c.statements().get(0);
        return c.subject().label() + " " + c.relation() + " " + c.object().label()
                + (c.polarity().term().equals("negative") ? " (negative)" : "") + " \"" + text.substring(s.begin(), s.end()) + "\"";
    }
}
