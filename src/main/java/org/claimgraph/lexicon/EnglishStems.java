package org.claimgraph.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A crude English stemmer for matching multi-word terms regardless of word order and inflection: the key of
 * "symbolic manipulation", "manipulate symbols" and "manipulating symbolic" is the same sorted set of stems
 * (manipul, symbol). Only used for labels and runs of two or three Latin words.
 */
final class EnglishStems {
    static final int MAX_WORDS = 3;
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    /**
     * Suffixes stripped, longest first; the stem that is left keeps at least four letters (based is not base). A verb
     * made from a noun in -ion keeps both (conditioning, conditioned: condition).
     */
    private static final List<String> SUFFIXES = List.of("ioning", "ioned", "ations", "ation", "ating", "ated", "ates", "ate", "ions", "ion",
            "ings", "ing", "ics", "ic", "ed", "es", "s");

    /**
     * Words whose place carries meaning: "text to image" is not "image to text". Labels and runs with one of them
     * are matched only as written.
     */
    private static final Set<String> ORDER_WORDS = Set.of("to", "of", "for", "from", "into", "in", "on",
            "with", "by", "and", "or", "vs", "versus", "the", "a", "an");

    private EnglishStems() {}

    /** The sorted stems of a phrase of two or three purely alphabetic content words, or null for anything else. */
    static String key(String phrase) {
        String[] ws = phrase.strip().toLowerCase(Locale.ROOT).split("[\\s-]+");
        if (ws.length < 2 || ws.length > MAX_WORDS) return null;
        String[] stems = new String[ws.length];
        for (int i = 0; i < ws.length; i++) {
            if (!ws[i].matches("[a-z]{2,}") || ORDER_WORDS.contains(ws[i])) return null;
            stems[i] = stem(ws[i]);
        }
        Arrays.sort(stems);
        return String.join(" ", stems);
    }

    /** The stem of one purely alphabetic word of four letters or more (reasoning → reason), or null for anything else. */
    static String wordKey(String word) {
        return word.matches("[A-Za-z]{4,}") ? stem(word.toLowerCase(Locale.ROOT)) : null;
    }

    static String stem(String w) {
        for (String s : SUFFIXES) {
            if (w.endsWith(s) && w.length() - s.length() >= 4) {
                w = w.substring(0, w.length() - s.length());
                break;
            }
        }
        if (w.endsWith("e") && w.length() > 3) w = w.substring(0, w.length() - 1);
        return w;
    }

    /** The Latin words of a text as [begin, end) pairs. */
    static List<int[]> words(String text) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) words.add(new int[] {m.start(), m.end()});
        return words;
    }

    /** True when words i … i+n-1 follow each other with only a space or hyphen between them. */
    static boolean adjacent(String text, List<int[]> words, int i, int n) {
        for (int k = i + 1; k < i + n; k++) {
            String gap = text.substring(words.get(k - 1)[1], words.get(k)[0]);
            if (!gap.matches("[ -]")) return false;
        }
        return true;
    }
}
