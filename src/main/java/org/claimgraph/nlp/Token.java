package org.claimgraph.nlp;

/**
 * One CoreNLP token. {@code begin}/{@code end} are UTF-16 indexes into the transcript text; {@code chunk} is the
 * index of the chunk it was annotated in.
 */
public record Token(int index, int begin, int end, String word, String pos, String ner, int chunk) {
    public boolean isLatin() {
        return !word.isEmpty() && word.codePoints().allMatch(cp -> cp < 0x2E80);
    }
}
