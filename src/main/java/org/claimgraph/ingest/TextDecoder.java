package org.claimgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Turns the bytes of a transcript file into text, before any format is looked at. In order:
 * <ol>
 *   <li>a UTF-16 byte-order mark ({@code FF FE} or {@code FE FF}) means UTF-16 LE or BE; the mark is dropped;</li>
 *   <li>otherwise a NUL byte means a binary file, which is rejected with the NUL's byte offset;</li>
 *   <li>valid UTF-8 is taken as it is, a leading UTF-8 byte-order mark dropped;</li>
 *   <li>otherwise the bytes are decoded as GB18030 (a superset of GBK and GB2312) and accepted only if every byte
 *       decodes and looks Chinese: at least 80% of its multi-byte characters in the GB2312 area (both bytes 0xA1 or
 *       above), where everyday Chinese is. Bytes in some other legacy encoding (Latin-1) often happen to decode as
 *       GB18030 too, but then mostly as rare characters whose second byte is ASCII;</li>
 *   <li>anything else is rejected, naming the first byte that is not UTF-8 and its offset.</li>
 * </ol>
 * Nothing else in the text is changed: line endings and spaces stay as they are.
 */
final class TextDecoder {

    /** Text decoded from a file and the name of the encoding it was in ("UTF-8", "UTF-16LE", "UTF-16BE", "GB18030"). */
    record Decoded(String text, String encoding) {}

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String CONVERT_HINT =
            "Convert it to UTF-8 (for example: iconv -f GB18030 -t UTF-8 IN > OUT, with the file's real encoding after -f) and try again";

    private TextDecoder() {}

    /** {@code shownAs} names the file in error messages. */
    static Decoded decode(String shownAs, byte[] bytes) throws InputException {
        if (bytes.length == 0) {
            throw new InputException(shownAs, "is empty (0 bytes)", "Give a transcript with some text in it");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) return utf16(shownAs, bytes, StandardCharsets.UTF_16LE);
        if (startsWith(bytes, 0xFE, 0xFF)) return utf16(shownAs, bytes, StandardCharsets.UTF_16BE);
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            throw new InputException(shownAs, "looks like a binary file, not a text transcript (NUL byte at byte offset " + nul + ")",
                    "Give a text transcript; if it is UTF-16 without a byte-order mark, convert it first: iconv -f UTF-16LE -t UTF-8 IN > OUT");
        }
        int skip = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        Attempt utf8 = strictly(StandardCharsets.UTF_8, bytes, skip);
        if (utf8.text != null) return new Decoded(utf8.text, "UTF-8");
        Attempt gb = strictly(GB18030, bytes, 0);
        if (gb.text != null && looksLikeGbChinese(bytes)) return new Decoded(gb.text, "GB18030");
        throw new InputException(shownAs, "is not valid UTF-8, UTF-16 or GB18030 (bad byte 0x"
                + HexFormat.of().toHexDigits(bytes[utf8.badOffset]) + " at byte offset " + utf8.badOffset + ")", CONVERT_HINT);
    }

    private static Decoded utf16(String shownAs, byte[] bytes, Charset charset) throws InputException {
        Attempt a = strictly(charset, bytes, 2);
        if (a.text == null) {
            throw new InputException(shownAs, "starts with a " + charset.name() + " byte-order mark but is not valid " + charset.name()
                    + " (bad code unit at byte offset " + a.badOffset + ")", "Convert it: iconv -f " + charset.name() + " -t UTF-8 IN > OUT");
        }
        int nul = a.text.indexOf('\0');
        if (nul >= 0) {
            throw new InputException(shownAs, "looks like a binary file, not a text transcript (NUL character at byte offset "
                    + (2 + 2L * nul) + ")", "Give a text transcript");
        }
        return new Decoded(a.text, charset.name());
    }

    /** The decoded text, or null and the offset of the first byte that does not decode. */
    private record Attempt(String text, int badOffset) {}

    private static Attempt strictly(Charset charset, byte[] bytes, int from) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, (long) ((bytes.length - from) * (double) decoder.maxCharsPerByte()) + 2));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isOverflow()) throw new IllegalStateException(charset + " gave more characters than its decoder's maximum");
        if (result.isError()) return new Attempt(null, in.position());
        if (decoder.flush(out).isError()) return new Attempt(null, in.position());
        out.flip();
        return new Attempt(out.toString(), -1);
    }

    /**
     * Whether bytes that decode as GB18030 are Chinese text: most of their multi-byte characters lie in the GB2312
     * Hanzi area (both bytes 0xA1 or above), where everyday Chinese is. Latin-1 or other legacy text that happens
     * to decode gives pairs such as 0xE9 0x73 ("és"), whose second byte is ASCII: rare characters of the GBK extension.
     */
    static boolean looksLikeGbChinese(byte[] b) {
        int multi = 0, common = 0;
        for (int i = 0; i < b.length; ) {
            int lead = b[i] & 0xFF;
            if (lead < 0x80) { i++; continue; }
            multi++;
            int trail = i + 1 < b.length ? b[i + 1] & 0xFF : 0;
            if (trail >= 0x30 && trail <= 0x39) { i += 4; continue; }  // a four-byte GB18030 sequence
            if (lead >= 0xA1 && trail >= 0xA1) common++;
            i += 2;
        }
        return multi > 0 && common * 10 >= multi * 8;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) if (bytes[i] == b) return i;
        return -1;
    }
}
