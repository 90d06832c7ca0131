package org.claimgraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads a plain-text transcript: decodes its bytes ({@link TextDecoder}: UTF-8 with or without a byte-order mark,
 * UTF-16 with one, GB18030/GBK) and keeps the text exactly as decoded, so offsets into {@link Transcript#text()}
 * index straight into the file's characters. Each non-blank line becomes a segment.
 */
public final class TranscriptReader {

    /** Reads a file from disk. */
    public Transcript read(Path file) throws InputException {
        String name = file.toString();
        if (!Files.exists(file)) {
            throw new InputException(name, "no such file", "Check the path; give a plain-text transcript such as sample/ai-panel-2023.zh.txt");
        }
        if (Files.isDirectory(file)) {
            throw new InputException(name, "is a directory, not a transcript file", "Give the transcript files inside it instead");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(name, "no such file", "Check the path");
        } catch (IOException e) {
            throw new InputException(name, "cannot be read (" + e.getMessage() + ")", "Check the file's permissions");
        }
        return read(name, fileName(file), bytes);
    }

    /** Decodes the bytes of a transcript named {@code sourceName}. */
    public Transcript read(String sourceName, byte[] bytes) throws InputException {
        return read(sourceName, sourceName, bytes);
    }

    /** {@code shownAs} names the input in error messages (the path as given); {@code sourceName} names the transcript. */
    private Transcript read(String shownAs, String sourceName, byte[] bytes) throws InputException {
        TextDecoder.Decoded decoded = TextDecoder.decode(shownAs, bytes);
        if (decoded.text().isBlank()) {
            throw new InputException(shownAs, "has no text (only whitespace)", "Give a transcript with some text in it");
        }
        String text = decoded.text();
        return new Transcript(sourceName, text, guessLanguage(text), sha256(bytes), "text/plain", lineSegments(text), decoded.encoding());
    }

    static List<Segment> lineSegments(String text) {
        List<Segment> segments = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int begin = lineStart;
                int end = i;
                if (end > begin && text.charAt(end - 1) == '\r') end--;
                while (begin < end && Character.isWhitespace(text.charAt(begin))) begin++;
                while (end > begin && Character.isWhitespace(text.charAt(end - 1))) end--;
                if (end > begin) segments.add(Segment.untimed(begin, end));
                lineStart = i + 1;
            }
        }
        return segments;
    }

    /** "zh" when Han characters are at least a fifth of the letters, else "en". */
    static String guessLanguage(String text) {
        int han = 0, letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) han++;
            }
            i += Character.charCount(cp);
        }
        return letters > 0 && han * 5 >= letters ? "zh" : "en";
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
