package org.claimgraph.extract;

import org.claimgraph.lexicon.Concept;
import org.claimgraph.lexicon.LabelMatch;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.nlp.Token;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.IriScheme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds entity mentions: every lexicon label in the text (the lexicon wins over NER, which tags "image" as an
 * organisation and 达利 as a person here), then people and organisations that CoreNLP's NER tags outside any
 * lexicon mention, and years (2023年). An NER entity gets an IRI in the term namespace from its surface form.
 */
final class MentionFinder {
    private static final Map<String, String> NER_TYPES = Map.of(
            "PERSON", CG.Person.getURI(),
            "ORGANIZATION", CG.Organisation.getURI());

    /** A year of the 20th or 21st century, with or without 年, not part of a longer number. */
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})(?:\\s*年)?(?![0-9])");

    private final Lexicon lexicon;
    private final IriScheme iris;

    MentionFinder(Lexicon lexicon, IriScheme iris) {
        this.lexicon = lexicon;
        this.iris = iris;
    }

    List<Mention> find(String text, List<Token> tokens) {
        List<Mention> mentions = new ArrayList<>();
        List<LabelMatch> matches = lexicon.find(text);
        for (LabelMatch m : matches) {
            if (m.hidden() && isSingleLatinWord(m.label()) && !nearOtherTerm(m, matches)) continue;
            mentions.add(new Mention(m.begin(), m.end(), text.substring(m.begin(), m.end()), m.concept(), m.label(), m.hidden()));
        }
        addNerMentions(text, tokens, mentions);
        addYears(text, mentions);
        mentions.sort(Comparator.comparingInt(Mention::begin));
        return mentions;
    }

    /** Runs of tokens with the same PERSON/ORGANIZATION tag, of Han script and at least two characters, outside lexicon mentions. */
    private void addNerMentions(String text, List<Token> tokens, List<Mention> mentions) {
        List<Mention> lexiconMentions = List.copyOf(mentions);
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            String type = NER_TYPES.get(t.ner());
            if (type == null) { i++; continue; }
            int j = i + 1;
            while (j < tokens.size() && t.ner().equals(tokens.get(j).ner()) && tokens.get(j).chunk() == t.chunk()
                    && tokens.get(j).begin() == tokens.get(j - 1).end()) j++;
            int begin = t.begin(), end = tokens.get(j - 1).end();
            String surface = text.substring(begin, end);
            if (isHanName(surface) && !overlaps(lexiconMentions, begin, end)) {
                Concept concept = new Concept(iris.term(surface), type, surface);
                mentions.add(new Mention(begin, end, surface, concept, t.ner(), false));
            }
            i = j;
        }
    }

    /**
     * A misheard form that is one Latin word is often an ordinary English word (contact for context): it counts only
     * where it stands within {@value #MISHEARD_CONTEXT_CHARS} characters of another term of the lexicon, i.e. where
     * the talk is about AI at that point.
     */
    private static final int MISHEARD_CONTEXT_CHARS = 40;

    private static boolean nearOtherTerm(LabelMatch hidden, List<LabelMatch> all) {
        for (LabelMatch other : all) {
            if (other == hidden || other.hidden()) continue;
            int gap = other.begin() >= hidden.end() ? other.begin() - hidden.end() : hidden.begin() - other.end();
            if (gap <= MISHEARD_CONTEXT_CHARS) return true;
        }
        return false;
    }

    private static boolean isSingleLatinWord(String s) {
        return s.codePoints().allMatch(cp -> cp < 0x2E80 && !Character.isWhitespace(cp));
    }

    /** Years (2023年) become time entities, the objects of predictions. */
    private void addYears(String text, List<Mention> mentions) {
        List<Mention> others = List.copyOf(mentions);
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            if (overlaps(others, m.start(), m.end())) continue;
            String year = m.group(1);
            Concept time = new Concept(iris.time(year), CG.Time.getURI(), year);
            mentions.add(new Mention(m.start(), m.end(), m.group(), time, "year", false));
        }
    }

    private static boolean isHanName(String s) {
        return s.codePointCount(0, s.length()) >= 2
                && s.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    private static boolean overlaps(List<Mention> mentions, int begin, int end) {
        for (Mention m : mentions) if (m.begin() < end && begin < m.end()) return true;
        return false;
    }
}
