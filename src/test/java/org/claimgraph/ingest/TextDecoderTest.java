package org.claimgraph.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TextDecoderTest {
    private static final String CHINESE = "大模型的推理能力来自代码数据，GPT-4也是这样。\n多模态是下一步。\n";
    private final TranscriptReader reader = new TranscriptReader();

    @Test
    void utf8WithoutAByteOrderMark() throws Exception {
        Transcript t = reader.read("u8.txt", CHINESE.getBytes(StandardCharsets.UTF_8));
        assertEquals(CHINESE, t.text());
        assertEquals("UTF-8", t.encoding());
    }

    @Test
    void utf8WithAByteOrderMarkDropsIt() throws Exception {
        Transcript t = reader.read("bom.txt", concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, CHINESE.getBytes(StandardCharsets.UTF_8)));
        assertEquals(CHINESE, t.text());
        assertEquals("UTF-8", t.encoding());
    }

    @Test
    void utf16LittleEndianWithAByteOrderMark() throws Exception {
        Transcript t = reader.read("le.txt", ("\uFEFF" + CHINESE).getBytes(StandardCharsets.UTF_16LE));
        assertEquals(CHINESE, t.text());
        assertEquals("UTF-16LE", t.encoding());
        assertEquals(List.of(Segment.untimed(0, 25), Segment.untimed(26, 34)), t.segments());
    }

    @Test
    void utf16BigEndianWithAByteOrderMark() throws Exception {
        Transcript t = reader.read("be.txt", ("\uFEFF" + CHINESE).getBytes(StandardCharsets.UTF_16BE));
        assertEquals(CHINESE, t.text());
        assertEquals("UTF-16BE", t.encoding());
    }

    @Test
    void utf16SubtitlesAreParsedToo() throws Exception {
        Transcript t = reader.read("u16.srt", "\uFEFF1\r\n00:00:01,000 --> 00:00:02,000\r\n模型\r\n".getBytes(StandardCharsets.UTF_16LE));
        assertEquals("模型", t.text());
        assertEquals(List.of(new Segment(0, 2, 1.0, 2.0, null)), t.segments());
    }

    @Test
    void brokenUtf16IsRejectedWithTheOffset() {
        byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 'A', 0, 0x00, (byte) 0xD8, 'B', 0};  // a lone high surrogate at byte 4
        String msg = assertThrows(InputException.class, () -> reader.read("bad16.txt", bytes)).getMessage();
        assertTrue(msg.startsWith("bad16.txt: starts with a UTF-16LE byte-order mark but is not valid UTF-16LE (bad code unit at byte offset 4)"), msg);
    }

    @Test
    void gb18030ChineseIsDetected() throws Exception {
        Transcript t = reader.read("gb.txt", CHINESE.getBytes(Charset.forName("GB18030")));
        assertEquals(CHINESE, t.text());
        assertEquals("GB18030", t.encoding());
        assertEquals("zh", t.language());
    }

    @Test
    void gbkIsReadAsGb18030() throws Exception {
        Transcript t = reader.read("gbk.txt", "AI 多模态模型".getBytes("GBK"));
        assertEquals("AI 多模态模型", t.text());
        assertEquals("GB18030", t.encoding());
    }

    @Test
    void undecodableBytesAreRejectedWithTheByteOffsetAndHowToConvert() {
        byte[] bytes = concat("GPT-4 ".getBytes(StandardCharsets.US_ASCII), new byte[]{(byte) 0xC3, '(', ' ', 'o', 'k'});
        String msg = assertThrows(InputException.class, () -> reader.read("junk.txt", bytes)).getMessage();
        assertEquals("junk.txt: is not valid UTF-8, UTF-16 or GB18030 (bad byte 0xc3 at byte offset 6). "
                + "Convert it to UTF-8 (for example: iconv -f GB18030 -t UTF-8 IN > OUT, with the file's real encoding after -f) and try again", msg);
    }

    @Test
    void latin1ThatHappensToDecodeAsGb18030IsNotTakenForChinese() throws Exception {
        byte[] latin1 = "Les modèles de langue sont très utiles pour résumer".getBytes(StandardCharsets.ISO_8859_1);
        assertNotNull(Charset.forName("GB18030").newDecoder().decode(java.nio.ByteBuffer.wrap(latin1)), "the premise: it decodes as GB18030");
        String msg = assertThrows(InputException.class, () -> reader.read("fr.txt", latin1)).getMessage();
        assertTrue(msg.contains("fr.txt: is not valid UTF-8, UTF-16 or GB18030 (bad byte 0xe8 at byte offset 7)"), msg);
    }

    @Test
    void nulBytesOutsideUtf16MeanABinaryFile() {
        String msg = assertThrows(InputException.class, () -> reader.read("noBom.txt", "GPT-4 模型".getBytes(StandardCharsets.UTF_16LE))).getMessage();
        assertTrue(msg.startsWith("noBom.txt: looks like a binary file, not a text transcript (NUL byte at byte offset 1)"), msg);
        assertTrue(msg.contains("iconv -f UTF-16LE"), msg);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
