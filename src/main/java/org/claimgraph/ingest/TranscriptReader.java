package org.claimgraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads a transcript file: decodes its bytes ({@link TextDecoder}: UTF-8 with or without a byte-order mark, UTF-16
 * with one, GB18030/GBK), picks its format from its content and extension ({@link TranscriptFormats#choose}) and
 * lets the format make the stored text and the segments. Plain text stays exactly as decoded, each non-blank line a
 * segment; subtitles, JSON and Markdown are reduced to their spoken text, one cue or turn per line.
 */
public final class TranscriptReader {

    private final TranscriptFormats formats;

    /** A reader for the built-in formats and those registered through {@link java.util.ServiceLoader}. */
    public TranscriptReader() {
        this(TranscriptFormats.installed());
    }

    public TranscriptReader(TranscriptFormats formats) {
        this.formats = formats;
    }

    /** The formats this reader chooses from. */
    public TranscriptFormats formats() { return formats; }

    /** Reads a file from disk. */
    public Transcript read(Path file) throws InputException {
        return read(file, fileName(file));
    }

    /**
     * Reads a file from disk as the transcript {@code sourceName} (e.g. its path relative to a loaded folder); errors
     * name the file as given.
     */
    public Transcript read(Path file, String sourceName) throws InputException {
        String name = file.toString();
        if (!Files.exists(file)) {
            throw new InputException(name, "no such file", "Check the path; give a transcript such as sample/ai-panel-2023.zh.txt");
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
        return read(name, sourceName, bytes);
    }

    /** Decodes the bytes of a transcript named {@code sourceName}; its extension counts in choosing the format. */
    public Transcript read(String sourceName, byte[] bytes) throws InputException {
        return read(sourceName, sourceName, bytes);
    }

    /** {@code shownAs} names the input in error messages (the path as given); {@code sourceName} names the transcript. */
    private Transcript read(String shownAs, String sourceName, byte[] bytes) throws InputException {
        TextDecoder.Decoded decoded = TextDecoder.decode(shownAs, bytes);
        if (decoded.text().isBlank()) {
            throw new InputException(shownAs, "has no text (only whitespace)", "Give a transcript with some text in it");
        }
        TranscriptFormat format = formats.choose(sourceName, decoded.text());
        TranscriptFormat.Parsed parsed = format.parse(decoded.text(), shownAs);
        if (parsed.text().isBlank()) {
            throw new InputException(shownAs, "has no spoken text (read as " + format.id() + ", it has no cue or turn with text)",
                    "Give a transcript with some text in it");
        }
        String language = parsed.language() != null ? parsed.language() : guessLanguage(parsed.text());
        return new Transcript(sourceName, parsed.text(), language, sha256(bytes), format.mediaType(), parsed.segments(), decoded.encoding());
    }

    /**
     * "zh" when the text has at least as many Han characters as words in other scripts, else "en". Words, not
     * letters, are counted for the other scripts, so code-switched Chinese with many English terms
     * ("Stable Diffusion其实是基于diffusion model的": 7 Han characters, 4 English words) stays Chinese.
     */
    static String guessLanguage(String text) {
        int han = 0, words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean isHan = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
            if (isHan) han++;
            boolean wordChar = Character.isLetter(cp) && !isHan;
            if (wordChar && !inWord) words++;
            inWord = wordChar;
            i += Character.charCount(cp);
        }
        return han > 0 && han >= words ? "zh" : "en";
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
