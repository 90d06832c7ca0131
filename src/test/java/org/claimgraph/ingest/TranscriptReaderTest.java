package org.claimgraph.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class TranscriptReaderTest {
    private final TranscriptReader reader = new TranscriptReader();

    @Test
    void keepsTheTextExactlyButDropsALeadingByteOrderMark() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "第一行 GPT-3.5\r\n  第二行\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(body, 0, bytes, 3, body.length);

        Transcript t = reader.read("t.txt", bytes);

        assertEquals("第一行 GPT-3.5\r\n  第二行\n", t.text());
        assertEquals("zh", t.language());
        assertEquals(64, t.contentHash().length());
        assertEquals(2, t.segments().size());
        assertEquals(new Segment(0, 11, null, null, null), t.segments().get(0));
        assertEquals("第二行", t.text().substring(t.segments().get(1).begin(), t.segments().get(1).end()));
    }

    @Test
    void englishTextIsTaggedEnglish() throws Exception {
        assertEquals("en", reader.read("e.txt", "So GPT two is a language model.".getBytes(StandardCharsets.UTF_8)).language());
    }

    @Test
    void missingFileIsNamedWithWhatToDo(@TempDir Path dir) {
        Path missing = dir.resolve("nope.txt");
        InputException e = assertThrows(InputException.class, () -> reader.read(missing));
        assertTrue(e.getMessage().startsWith(missing + ": no such file."), e.getMessage());
        assertEquals(missing.toString(), e.source());
    }

    @Test
    void emptyAndBlankFilesAreRejected(@TempDir Path dir) throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\t\n");
        assertTrue(assertThrows(InputException.class, () -> reader.read(empty)).getMessage().contains("empty.txt: is empty (0 bytes)"));
        assertTrue(assertThrows(InputException.class, () -> reader.read(blank)).getMessage().contains("blank.txt: has no text"));
    }

    @Test
    void binaryFileIsRejectedWithTheOffsetOfItsFirstNulByte(@TempDir Path dir) throws Exception {
        Path bin = Files.write(dir.resolve("model.bin"), new byte[]{'P', 'K', 3, 4, 0, 0, 1});
        String msg = assertThrows(InputException.class, () -> reader.read(bin)).getMessage();
        assertTrue(msg.contains("model.bin: looks like a binary file"), msg);
        assertTrue(msg.contains("byte offset 4"), msg);
    }

    @Test
    void nonUtf8FileIsRejectedWithTheByteOffsetAndHowToConvert(@TempDir Path dir) throws Exception {
        byte[] gbk = "多模态模型".getBytes("GBK");
        byte[] bytes = new byte[gbk.length + 3];
        bytes[0] = 'A';
        bytes[1] = 'I';
        bytes[2] = ' ';
        System.arraycopy(gbk, 0, bytes, 3, gbk.length);
        Path file = Files.write(dir.resolve("gbk.txt"), bytes);
        String msg = assertThrows(InputException.class, () -> reader.read(file)).getMessage();
        assertTrue(msg.contains("gbk.txt: is not valid UTF-8"), msg);
        assertTrue(msg.contains("at byte offset 3"), msg);
        assertTrue(msg.contains("iconv"), msg);
        assertFalse(msg.contains("\n"));
    }

    @Test
    void utf16IsRejectedWithTheConversionCommand() {
        byte[] utf16 = "\uFEFF模型".getBytes(StandardCharsets.UTF_16LE);
        String msg = assertThrows(InputException.class, () -> reader.read("u16.txt", utf16)).getMessage();
        assertTrue(msg.contains("u16.txt: is UTF-16"), msg);
        assertTrue(msg.contains("iconv -f UTF-16 -t UTF-8"), msg);
    }
}
