package org.claimgraph.extract;

import org.claimgraph.lexicon.Concept;
import org.claimgraph.lexicon.LabelMatch;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.nlp.Token;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.IriScheme;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private final Cues cues;

    MentionFinder(Lexicon lexicon, IriScheme iris, Cues cues) {
        this.lexicon = lexicon;
        this.iris = iris;
        this.cues = cues;
    }

    List<Mention> find(String text, List<Token> tokens) {
        List<Mention> mentions = new ArrayList<>();
        List<LabelMatch> matches = lexicon.find(text);
        for (LabelMatch m : matches) {
            if (m.hidden() && isSingleLatinWord(m.label()) && !nearOtherTerm(m, matches)) continue;
            Mention version = unlistedVersion(text, m);
            mentions.add(version != null ? version
                    : new Mention(m.begin(), m.end(), text.substring(m.begin(), m.end()), m.concept(), m.label(), m.hidden()));
        }
        // English terms in another order or form (manipulate symbolic), said inside Chinese (where the word order comes
        // from): they replace mentions of their single words. English talk keeps English order ("parameter models"
        // are not model parameters).
        for (LabelMatch m : lexicon.findReordered(text)) {
            if (!nextToHan(text, m.begin(), m.end())) continue;
            boolean crossed = mentions.stream().anyMatch(x -> x.begin() < m.end() && m.begin() < x.end()
                    && (x.begin() < m.begin() || x.end() > m.end() || x.end() - x.begin() == m.end() - m.begin()));
            if (crossed) continue;
            mentions.removeIf(x -> x.begin() >= m.begin() && x.end() <= m.end());
            mentions.add(new Mention(m.begin(), m.end(), text.substring(m.begin(), m.end()), m.concept(), m.label(), m.hidden()));
        }
        addCompounds(text, tokens, mentions);
        addVerbObjects(text, tokens, mentions);
        addVerbForms(text, tokens, mentions);
        addNerMentions(text, tokens, mentions);
        addCitedNames(text, tokens, mentions);
        addYears(text, mentions);
        mentions.sort(Comparator.comparingInt(Mention::begin));
        return mentions;
    }

    /**
     * A version right after a model's name: a number (Claude 3, GPT-5, where the lexicon has Claude and GPT but not
     * that version) or one letter stuck to it (GPT-4V, GPT-4o; not the plural s). Not 2023 (a year), 3个 (a count) or
     * 7B (a size: Llama 2 7B is still Llama 2).
     */
    private static final Pattern VERSION = Pattern.compile(
            "^(?:[- ]?[0-9]{1,2}(?:\\.[0-9])?[ac-jl-rt-zAC-JL-Z]?(?![0-9.a-zA-Z]|\\s*[个年月日号位种次款家%])|[a-rt-zA-RT-Z](?![a-zA-Z]))");

    /**
     * A model named with a version the lexicon does not list is that version, not the family: a term of the same
     * class spelled as said (GPT-5 is not GPT, Claude 2 is not Claude). Null when no version follows.
     */
    private Mention unlistedVersion(String text, LabelMatch m) {
        if (!m.concept().typeIri().equals(CG.Model.getURI()) || !isSingleLatinWord(m.label().replace(" ", ""))) return null;
        Matcher v = VERSION.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 8)));
        if (!v.find()) return null;
        int end = m.end() + v.end();
        String surface = text.substring(m.begin(), end);
        // a listed version the lexicon did not match as a whole word (GPT-4s): that version
        LabelMatch listed = lexicon.labelled(surface);
        if (listed != null) return new Mention(m.begin(), end, surface, listed.concept(), listed.label(), listed.hidden());
        Concept version = new Concept(iris.term(surface), m.concept().typeIri(), surface);
        return new Mention(m.begin(), end, surface, version, "version", false);
    }

    /** How many nouns a modifier or head of a 的-compound may have, and determiners or measure words after 的. */
    private static final int COMPOUND_NOUNS = 2;
    private static final int COMPOUND_DETERMINERS = 2;

    /**
     * Spoken Chinese puts 的 (and 这个, 那个…) inside compounds that the lexicon lists without them: 对话的这个信息数据
     * is 对话数据, 图片的生成 is 图片生成. Where a noun (or two) before 的 and the nouns after it, or just the last of
     * them, spell a lexicon label, the whole stretch is a mention of that concept, and replaces the mention of its
     * modifier (图片 alone). A head that already names a concept (自然语言的推理能力) keeps it, and a modifier may
     * not cut a mention in two (语言 of 自然语言).
     */
    private void addCompounds(String text, List<Token> tokens, List<Mention> mentions) {
        Mention[] at = coverage(text, mentions);
        Set<Mention> replaced = new HashSet<>();
        List<Mention> compounds = new ArrayList<>();
        for (int de = 1; de + 1 < tokens.size(); de++) {
            if (!tokens.get(de).word().equals("的")) continue;
            int chunk = tokens.get(de).chunk();
            int headStart = de + 1;
            while (headStart < tokens.size() && headStart - de <= COMPOUND_DETERMINERS
                    && tokens.get(headStart).pos().matches("DT|M") && tokens.get(headStart).chunk() == chunk) headStart++;
            // The modifier: one or two nouns before 的, or a mention that ends there (多模态 of 多模态的能力, whatever
            // its tags).
            List<Integer> modifierBegins = new ArrayList<>();
            for (int m = 1; m <= COMPOUND_NOUNS && de - m >= 0; m++) {
                Token first = tokens.get(de - m);
                if (!isNoun(first) || first.chunk() != chunk) break;
                modifierBegins.add(first.begin());
            }
            int modifierEnd = tokens.get(de - 1).end();
            Mention before = modifierEnd > 0 ? at[modifierEnd - 1] : null;
            if (before != null && before.end() == modifierEnd && before.begin() >= firstOfChunk(tokens, de)) modifierBegins.add(before.begin());
            Mention best = null;
            for (int begin : modifierBegins) {
                for (int h = 0; h < COMPOUND_NOUNS && headStart + h < tokens.size(); h++) {
                    Token last = tokens.get(headStart + h);
                    if (!isNoun(last) || last.chunk() != chunk) break;
                    String modifier = text.substring(begin, modifierEnd);
                    for (String head : List.of(text.substring(tokens.get(headStart).begin(), last.end()), last.word())) {
                        LabelMatch match = lexicon.labelled(Lexicon.compound(modifier, head));
                        if (match == null) continue;
                        int end = last.end();
                        if (covered(at, tokens.get(headStart).begin(), end) || (begin > 0 && at[begin - 1] != null && at[begin - 1] == at[begin])) continue;
                        if (best == null || end - begin > best.end() - best.begin()) {
                            best = new Mention(begin, end, text.substring(begin, end), match.concept(), match.label(), match.hidden());
                        }
                    }
                }
            }
            if (best == null) continue;
            for (int c = best.begin(); c < best.end(); c++) {
                if (at[c] != null) replaced.add(at[c]);
                at[c] = best;
            }
            compounds.add(best);
        }
        mentions.removeIf(replaced::contains);
        compounds.removeIf(replaced::contains);
        mentions.addAll(compounds);
    }

    /** Tags of the words that may stand between a verb and its object in {@link #addVerbObjects}: no noun, pronoun or determiner. */
    private static final Set<String> VERB_OBJECT_MODIFIER_TAGS = Set.of("AD", "CD", "OD", "M", "JJ", "DEG", "DEC", "DEV", "VA");
    private static final int VERB_OBJECT_MODIFIERS = 5;

    /**
     * A verb and its object, with only quantities and adjectives between them, spell a term the lexicon lists as one
     * word: 训练更多的相关的数据 is training data (训练数据). (The tagger often takes the verb for a noun: 训练/NN.) The whole stretch is a mention of it. Not across a noun,
     * pronoun or determiner (训练了更多这个维度的这个数据 says which data), nor over another mention.
     */
    private void addVerbObjects(String text, List<Token> tokens, List<Mention> mentions) {
        Mention[] at = coverage(text, mentions);
        for (int v = 0; v + 2 < tokens.size(); v++) {
            Token verb = tokens.get(v);
            if (!verb.pos().equals("VV") && !verb.pos().equals("NN") || covered(at, verb.begin(), verb.end())) continue;
            int n = v + 1;
            while (n < tokens.size() && n - v <= VERB_OBJECT_MODIFIERS && tokens.get(n).chunk() == verb.chunk()
                    && VERB_OBJECT_MODIFIER_TAGS.contains(tokens.get(n).pos())) n++;
            if (n == v + 1 || n >= tokens.size() || tokens.get(n).chunk() != verb.chunk() || !isNoun(tokens.get(n))) continue;
            Token object = tokens.get(n);
            if (covered(at, tokens.get(v + 1).begin(), object.end())) continue;
            LabelMatch match = lexicon.labelled(Lexicon.compound(verb.word(), object.word()));
            if (match == null) continue;
            mentions.add(new Mention(verb.begin(), object.end(), text.substring(verb.begin(), object.end()), match.concept(), match.label(), match.hidden()));
        }
    }

    /**
     * Code-switched talk puts English verbs after Chinese modal verbs (它可以reason, 能够translate): such a verb names
     * the ability the lexicon lists by its noun (reasoning, translation), when that noun is of a class the modal allows
     * (rules/cues.tsv, kind modal). So does one before 的 and a noun of manner (interleave的方式: the way of
     * interleaving, kind manner). Elsewhere a verb form is left alone: "the reason is" is no reasoning. A Chinese
     * verb after a modal with its object left out (它可以回答 …) names the ability the lexicon lists as that verb with
     * a generic object (回答问题: question answering).
     */
    private void addVerbForms(String text, List<Token> tokens, List<Mention> mentions) {
        for (int i = 0; i < tokens.size(); i++) {
            Token verb = tokens.get(i);
            Set<String> classes = i > 0 && verb.chunk() == tokens.get(i - 1).chunk() ? cues.verbClassesAfter(tokens.get(i - 1).word()) : null;
            boolean afterModal = classes != null;
            if (classes == null && i + 2 < tokens.size() && tokens.get(i + 1).word().equals("的") && tokens.get(i + 2).chunk() == verb.chunk()) {
                classes = cues.verbClassesBefore(tokens.get(i + 2).word());
            }
            if (classes == null) continue;
            LabelMatch m = lexicon.inOtherForm(text, verb.begin(), verb.end());
            if (m == null && afterModal && verb.pos().equals("VV") && !verb.isLatin()) {
                boolean objectSaid = i + 1 < tokens.size() && tokens.get(i + 1).chunk() == verb.chunk() && tokens.get(i + 1).pos().matches("NN.*|NR|PN|DT|CD|M");
                m = objectSaid ? null : withGenericObject(verb);
            }
            if (m == null || !classes.contains(CG.localName(m.concept().typeIri())) || overlaps(mentions, m.begin(), m.end())) continue;
            mentions.add(new Mention(m.begin(), m.end(), verb.word(), m.concept(), m.label(), m.hidden()));
        }
    }

    /** The lexicon entry labelled with the verb and a generic noun as its object (回答 + 问题), as a match of the verb. */
    private LabelMatch withGenericObject(Token verb) {
        for (String noun : cues.genericNouns()) {
            LabelMatch m = lexicon.labelled(verb.word() + noun);
            if (m != null) return new LabelMatch(verb.begin(), verb.end(), m.concept(), m.label(), m.hidden());
        }
        return null;
    }

    /**
     * Which mention covers each character of the text: checks against it stay local however long the transcript is
     * (a scan of all mentions for every token is quadratic on a long one).
     */
    private static Mention[] coverage(String text, List<Mention> mentions) {
        Mention[] at = new Mention[text.length() + 1];
        for (Mention x : mentions) Arrays.fill(at, x.begin(), x.end(), x);
        return at;
    }

    private static boolean covered(Mention[] at, int begin, int end) {
        for (int c = begin; c < end; c++) if (at[c] != null) return true;
        return false;
    }

    /** True when the first non-space character before {@code begin} or after {@code end} is a Chinese character. */
    private static boolean nextToHan(String text, int begin, int end) {
        int b = begin - 1;
        while (b >= 0 && text.charAt(b) == ' ') b--;
        int e = end;
        while (e < text.length() && text.charAt(e) == ' ') e++;
        return (b >= 0 && isHan(text.codePointBefore(b + 1))) || (e < text.length() && isHan(text.codePointAt(e)));
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** Where the chunk of token {@code t} begins in the text. */
    private static int firstOfChunk(List<Token> tokens, int t) {
        int f = t;
        while (f > 0 && tokens.get(f - 1).chunk() == tokens.get(t).chunk()) f--;
        return tokens.get(f).begin();
    }

    private static boolean isNoun(Token t) {
        return t.pos().startsWith("NN") || t.pos().equals("NR") || t.pos().equals("FW");
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

    /** Tags a token of a person's name can have: the segmenter cuts unknown given names (一文 → 一/CD 文/NN). */
    private static final Set<String> NAME_TAGS = Set.of("NR", "NN", "CD", "JJ", "OD", "VA");
    /** More tags a name cut into single characters can have (一鸣 → 一/AD 鸣/VV). */
    private static final Set<String> CUT_NAME_TAGS = Set.of("AD", "VV");
    private static final int MAX_NAME_TOKENS = 3;

    /**
     * Panellists cite each other by name (刚才一文也提到, 像刚才老庄说的), names that the segmenter often cuts up and NER
     * misses: what stands between a word recalling earlier talk and a verb of saying (rules/cues.tsv, kinds recall
     * and saying), with at most one adverb (也, 都) before the verb, is a person's name when it is two to four Han
     * characters in at most {@value #MAX_NAME_TOKENS} tokens of noun-like tags (or, cut into single characters, any
     * adverb or verb tags: 一/AD 鸣/VV), none a pronoun, a generic noun (嘉宾, 老师) or part of another mention
     * (刚才ChatGPT说 is no name; 刚才我说 is the speaker; 之前一直都说 has no name).
     */
    private void addCitedNames(String text, List<Token> tokens, List<Mention> mentions) {
        List<Mention> others = List.copyOf(mentions);
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (!cues.isRecall(tokens.get(i).word())) continue;
            int verb = i + 2;
            while (verb < tokens.size() && verb <= i + MAX_NAME_TOKENS + 2 && !cues.isSaying(tokens.get(verb).word())) verb++;
            if (verb >= tokens.size() || !cues.isSaying(tokens.get(verb).word())) continue;
            int last = tokens.get(verb - 1).pos().equals("AD") ? verb - 2 : verb - 1;
            if (last <= i || last - i > MAX_NAME_TOKENS) continue;
            boolean cutUp = last > i + 1;
            for (int k = i + 1; k <= last; k++) cutUp &= tokens.get(k).word().codePointCount(0, tokens.get(k).word().length()) == 1;
            boolean name = true;
            for (int k = i + 1; k <= last && name; k++) {
                Token t = tokens.get(k);
                name = (NAME_TAGS.contains(t.pos()) || cutUp && CUT_NAME_TAGS.contains(t.pos())) && !cues.isGeneric(t.word())
                        && t.chunk() == tokens.get(i).chunk() && (k == i + 1 || t.begin() == tokens.get(k - 1).end());
            }
            int begin = tokens.get(i + 1).begin(), end = tokens.get(last).end();
            String surface = text.substring(begin, end);
            int chars = surface.codePointCount(0, surface.length());
            if (!name || chars > 4 || !isHanName(surface) || overlaps(others, begin, end)) continue;
            Concept person = new Concept(iris.term(surface), CG.Person.getURI(), surface);
            mentions.add(new Mention(begin, end, surface, person, "cited", false));
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
        return s.codePointCount(0, s.length()) >= 2 && s.codePoints().allMatch(MentionFinder::isHan);
    }

    private static boolean overlaps(List<Mention> mentions, int begin, int end) {
        for (Mention m : mentions) if (m.begin() < end && begin < m.end()) return true;
        return false;
    }
}
