package org.claimgraph.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.claimgraph.ingest.Fixtures.error;
import static org.claimgraph.ingest.Fixtures.read;
import static org.junit.jupiter.api.Assertions.*;

class WebVttFormatTest {

    @Test
    void keepsTheCueTextWithoutHeaderNotesStylesTagsOrLeadingSpaces() throws Exception {
        Transcript t = read("talk.en.vtt");

        assertEquals("Large language models learn from text, mostly from the web.\nCode data improves reasoning,\nScaling & data both matter.", t.text());
        assertEquals(List.of(
                new Segment(0, 59, 0.0, 4.2, null),
                new Segment(60, 89, 4.2, 9.5, "Ada Lovelace"),
                new Segment(90, 117, 3598.0, 3601.25, null)), t.segments());
        assertEquals("text/vtt", t.format());
        assertEquals("en", t.language());
    }

    @Test
    void whisperStyleCuesWithoutIdsAndBothClockFormats() throws Exception {
        String vtt = "WEBVTT\n\n00:04.320 --> 00:09.100\n 大模型需要很多数据\n\n1:00:01.760 --> 1:00:05.000\n 还有算力\n";
        Transcript t = read("w.vtt", vtt);

        assertEquals("大模型需要很多数据\n还有算力", t.text());
        assertEquals(List.of(new Segment(0, 9, 4.32, 9.1, null), new Segment(10, 14, 3601.76, 3605.0, null)), t.segments());
    }

    @Test
    void aByteOrderMarkBeforeTheSignatureIsAllowed() throws Exception {
        byte[] body = "WEBVTT\r\n\r\n00:00.000 --> 00:01.000\r\nHello, GPT.\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF; bytes[1] = (byte) 0xBB; bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Transcript t = new TranscriptReader().read("bom.vtt", bytes);

        assertEquals("Hello, GPT.", t.text());
        assertEquals(List.of(new Segment(0, 11, 0.0, 1.0, null)), t.segments());
    }

    @Test
    void aVttFileWithoutTheSignatureIsRejected() {
        String msg = error("nosig.vtt", "Hello, this is about GPT.\n");
        assertEquals("nosig.vtt: is not WebVTT: it does not start with the line WEBVTT (it starts with 'Hello, this is about GPT.'). "
                + "Add WEBVTT as its first line, or give it the extension of its real format (.srt, .txt)", msg);
    }

    @Test
    void cuesWithoutTheSignatureAreStillReadAsSubtitles() throws Exception {
        Transcript t = read("nosig.vtt", "00:00.000 --> 00:01.000\nHello\n");
        assertEquals("application/x-subrip", t.format(), "the SRT reader recognises the cues");
        assertEquals(List.of(new Segment(0, 5, 0.0, 1.0, null)), t.segments());
    }

    @Test
    void aBrokenTimingLineIsRejectedWithItsLineNumber() {
        String msg = error("bad.vtt", "WEBVTT\n\n00:00.000 --> 00:01.000\nok\n\n00:01.000 --> 00:0a.000\nnot ok\n");
        assertTrue(msg.startsWith("bad.vtt: line 6: bad timestamp '00:01.000 --> 00:0a.000'. "), msg);
    }

    @Test
    void aCueIdWithoutATimingLineIsRejected() {
        String msg = error("id.vtt", "WEBVTT\n\nintro\nHello\n");
        assertTrue(msg.startsWith("id.vtt: line 4: expected a cue timing line, found 'Hello'. "), msg);
    }

    @Test
    void aFileWithOnlyAHeaderHasNoSpokenText() {
        String msg = error("empty.vtt", "WEBVTT\n\nNOTE nothing was said\n");
        assertTrue(msg.startsWith("empty.vtt: has no spoken text"), msg);
    }
}
