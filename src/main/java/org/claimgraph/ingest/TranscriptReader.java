package org.claimgraph.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads a plain-text transcript. The file must be UTF-8 (a leading byte-order mark is dropped); every other
 * byte is kept, so offsets into {@link Transcript#text()} index straight into the file's characters.
 * Each non-blank line becomes a segment.
 */
public final class TranscriptReader {

    private static final String CONVERT_HINT = "Convert it to UTF-8 text (for example: iconv -f GB18030 -t UTF-8 IN > OUT) and try again";

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
        return decode(name, fileName(file), bytes);
    }

    /** Decodes the bytes of a transcript named {@code sourceName}. */
    public Transcript read(String sourceName, byte[] bytes) throws InputException {
        return decode(sourceName, sourceName, bytes);
    }

    /** {@code shownAs} names the input in error messages (the path as given); {@code sourceName} names the transcript. */
    private Transcript decode(String shownAs, String sourceName, byte[] bytes) throws InputException {
        String name = shownAs;
        if (bytes.length == 0) {
            throw new InputException(name, "is empty (0 bytes)", "Give a transcript with some text in it");
        }
        rejectOtherEncodings(name, bytes);
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            throw new InputException(name, "looks like a binary file, not a text transcript (NUL byte at byte offset " + nul + ")",
                    "Give a plain-text UTF-8 transcript (.txt)");
        }
        String text = decodeUtf8(name, bytes);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.isBlank()) {
            throw new InputException(name, "has no text (only whitespace)", "Give a transcript with some text in it");
        }
        return new Transcript(sourceName, text, guessLanguage(text), sha256(bytes), "text/plain", lineSegments(text));
    }

    private static void rejectOtherEncodings(String name, byte[] b) throws InputException {
        boolean utf16 = b.length >= 2 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF));
        if (utf16) {
            throw new InputException(name, "is UTF-16 (it starts with a UTF-16 byte-order mark), not UTF-8",
                    "Convert it: iconv -f UTF-16 -t UTF-8 IN > OUT");
        }
    }

    private static String decodeUtf8(String name, byte[] bytes) throws InputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InputException(name, "is not valid UTF-8 (bad byte 0x" + HexFormat.of().toHexDigits(bytes[in.position()])
                    + " at byte offset " + in.position() + ")", CONVERT_HINT);
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new InputException(name, "is not valid UTF-8 (it ends inside a character)", CONVERT_HINT);
        }
        out.flip();
        return out.toString();
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

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) if (bytes[i] == b) return i;
        return -1;
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
