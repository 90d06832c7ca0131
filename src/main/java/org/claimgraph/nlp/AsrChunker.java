package org.claimgraph.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Cuts unpunctuated ASR text into clause-sized chunks for CoreNLP, which on its own would see one sentence of
 * thousands of tokens. Pauses (spaces) are the cut points: space-separated phrases are joined until a chunk reaches
 * {@code minChars}; a discourse cue (然后, 所以, 但是…) after a pause, or a question particle (吗, 呢) before it,
 * allows an earlier cut; a space between two
 * Latin-script words is never a cut ("test flight"). Line breaks always cut. A stretch with no usable pause longer
 * than {@code maxChars} is cut before a discourse cue or, failing that, between two Han characters.
 * Each chunk is annotated on its own (see {@link ChinesePipeline}), so cuts need no whitespace to land on.
 */
public final class AsrChunker {
    private final List<String> cues;
    private final Set<String> questionParticles;
    private final int minChars;
    private final int maxChars;
    private static final int MIN_CUE_CHUNK = 6;

    public AsrChunker(Set<String> discourseCues, int minChars, int maxChars) {
        this(discourseCues, Set.of(), minChars, maxChars);
    }

    /** {@code questionParticles}: a pause right after one of them (吗, 呢) ends a clause early, like a discourse cue. */
    public AsrChunker(Set<String> discourseCues, Set<String> questionParticles, int minChars, int maxChars) {
        if (minChars < 1 || maxChars < minChars) throw new IllegalArgumentException("need 1 <= minChars <= maxChars");
        this.cues = discourseCues.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.questionParticles = Set.copyOf(questionParticles);
        this.minChars = minChars;
        this.maxChars = maxChars;
    }

    public List<Chunk> chunk(String text) {
        List<Chunk> chunks = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                chunkLine(text, lineStart, i, chunks);
                lineStart = i + 1;
            }
        }
        return chunks;
    }

    private void chunkLine(String text, int from, int to, List<Chunk> out) {
        int start = skipSpace(text, from, to);
        while (start < to) {
            int cut = nextCut(text, start, to);
            int end = trimEnd(text, start, cut);
            if (end > start) out.add(new Chunk(start, end));
            start = skipSpace(text, cut, to);
        }
    }

    /** The index where the chunk starting at {@code start} ends (exclusive, before any whitespace). */
    private int nextCut(String text, int start, int to) {
        int lastPause = -1;
        for (int i = start + 1; i < to; i++) {
            if (!isPause(text, i)) continue;
            int len = i - start;
            int next = skipSpace(text, i, to);
            if (len >= minChars) return i;
            if (len >= MIN_CUE_CHUNK && (startsWithCue(text, next) || endsWithQuestion(text, i))) return i;
            int following = nextPause(text, next, to);
            if (following - start > maxChars && len >= MIN_CUE_CHUNK) return i;
            lastPause = i;
            i = next - 1;
        }
        if (to - start <= maxChars) return to;
        if (lastPause > start) return lastPause;
        return forcedCut(text, start, to);
    }

    private int forcedCut(String text, int start, int to) {
        int limit = Math.min(to, start + maxChars);
        for (int i = limit - 1; i > start + MIN_CUE_CHUNK; i--) {
            if (startsWithCue(text, i) && isHan(text.charAt(i - 1))) return i;
        }
        for (int i = limit - 1; i > start; i--) {
            if (isHan(text.charAt(i - 1)) && isHan(text.charAt(i))) return i;
        }
        return limit;
    }

    private int nextPause(String text, int from, int to) {
        for (int i = from + 1; i < to; i++) if (isPause(text, i)) return i;
        return to;
    }

    /** A whitespace character that starts a run of whitespace and does not sit between two Latin-script words. */
    private static boolean isPause(String text, int i) {
        if (!Character.isWhitespace(text.charAt(i)) || Character.isWhitespace(text.charAt(i - 1))) return false;
        int after = i;
        while (after < text.length() && Character.isWhitespace(text.charAt(after))) after++;
        if (after >= text.length()) return true;
        return !(isLatinWordChar(text.charAt(i - 1)) && isLatinWordChar(text.charAt(after)));
    }

    private boolean endsWithQuestion(String text, int pauseAt) {
        for (String q : questionParticles) if (text.startsWith(q, pauseAt - q.length())) return true;
        return false;
    }

    private boolean startsWithCue(String text, int at) {
        for (String cue : cues) if (text.startsWith(cue, at)) return true;
        return false;
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        return end;
    }

    static boolean isLatinWordChar(char c) {
        return (c < 0x2E80) && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '\'');
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
