package org.claimgraph.rdf;

/**
 * Turns UTF-16 indexes of a text into the code-point offsets the graph uses (SPARQL's SUBSTR and
 * oa:TextPositionSelector count code points). For text without surrogate pairs the two are the same.
 */
public final class CodePoints {
    private final int[] codePointAt;

    public CodePoints(String text) {
        boolean hasSurrogates = false;
        for (int i = 0; i < text.length() && !hasSurrogates; i++) hasSurrogates = Character.isSurrogate(text.charAt(i));
        if (!hasSurrogates) {
            codePointAt = null;
            return;
        }
        codePointAt = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            codePointAt[i] = cp;
            if (!(Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))) cp++;
        }
        codePointAt[text.length()] = cp;
    }

    public long offset(int utf16Index) {
        return codePointAt == null ? utf16Index : codePointAt[utf16Index];
    }
}
