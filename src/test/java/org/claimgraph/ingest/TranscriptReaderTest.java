package org.claimgraph.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
    void aFiftyMegabyteFileWithoutLineBreaksIsOneSegment() throws Exception {
        byte[] unit = "大模型的推理能力来自代码数据 GPT-4 ".getBytes(StandardCharsets.UTF_8);
        int repeats = 50_000_000 / unit.length;
        byte[] bytes = new byte[unit.length * repeats];
        for (int i = 0; i < repeats; i++) System.arraycopy(unit, 0, bytes, i * unit.length, unit.length);

        Transcript t = reader.read("long.txt", bytes);

        assertEquals("text/plain", t.format());
        assertEquals(List.of(Segment.untimed(0, t.text().length() - 1)), t.segments(), "one segment, the trailing space trimmed");
        assertEquals(21L * repeats, t.text().length());
        assertEquals("zh", t.language());
    }

    @Test
    void codeSwitchedChineseWithManyEnglishTermsIsChinese() {
        assertEquals("zh", TranscriptReader.guessLanguage("Stable Diffusion其实是基于diffusion model的"));
        assertEquals("zh", TranscriptReader.guessLanguage("我觉得GPT-4在很多benchmark上都比GPT-3.5好很多"));
        assertEquals("en", TranscriptReader.guessLanguage("OpenAI trained GPT-4 on code, says 王磊."));
        assertEquals("en", TranscriptReader.guessLanguage("2023 123"));
    }
}
