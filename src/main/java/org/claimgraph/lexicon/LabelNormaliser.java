package org.claimgraph.lexicon;

/**
 * The one definition of when two spellings of a term are the same: lower case, full-width Latin folded to ASCII,
 * and spaces, hyphens, underscores and middle dots between Latin letters or digits dropped.
 */
final class LabelNormaliser {
    private LabelNormaliser() {}

    /** A normalised text and, for each of its characters, where it came from in the original. */
    record Normalised(String text, int[] origin) {
        int originalBegin(int normIndex) { return origin[normIndex]; }
        int originalEnd(int normIndexInclusive) { return origin[normIndexInclusive] + 1; }
    }

    static String normaliseLabel(String label) {
        return normaliseText(label.strip()).text();
    }

    static Normalised normaliseText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] origin = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = fold(text.charAt(i));
            if (isJoiner(c) && isLatinWordChar(previousNonJoiner(text, i - 1)) && isLatinWordChar(nextNonJoiner(text, i + 1))) {
                continue;
            }
            origin[out.length()] = i;
            out.append(c);
        }
        return new Normalised(out.toString(), origin);
    }

    private static char previousNonJoiner(String text, int from) {
        for (int j = from; j >= 0; j--) {
            char c = fold(text.charAt(j));
            if (!isJoiner(c)) return c;
        }
        return ' ';
    }

    private static char nextNonJoiner(String text, int from) {
        for (int j = from; j < text.length(); j++) {
            char c = fold(text.charAt(j));
            if (!isJoiner(c)) return c;
        }
        return ' ';
    }

    private static boolean isJoiner(char c) {
        return c == ' ' || c == '-' || c == '_' || c == '\u00B7' || c == '\u2010' || c == '\u2011';
    }

    private static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') c = (char) (c - 0xFEE0);
        return Character.toLowerCase(c);
    }

    static boolean isLatinWordChar(char c) {
        c = fold(c);
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }
}
