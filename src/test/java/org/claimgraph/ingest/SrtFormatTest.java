package org.claimgraph.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.claimgraph.ingest.Fixtures.error;
import static org.claimgraph.ingest.Fixtures.read;
import static org.claimgraph.ingest.Fixtures.segmentTexts;
import static org.junit.jupiter.api.Assertions.*;

class SrtFormatTest {

    @Test
    void whisperStyleSrtWithCueNumbersFromZeroAndDottedHoursKeepsOnlyTheSpokenText() throws Exception {
        Transcript t = read("panel.zh.srt");

        assertEquals("大家好 今天我们聊聊大模型\nGPT-4的推理能力 比GPT-3.5强很多\n代码数据提升了推理能力", t.text());
        assertEquals(List.of(
                new Segment(0, 13, 0.0, 2.5, null),
                new Segment(14, 36, 2.5, 5.25, null),
                new Segment(37, 48, 3723.04, 3727.0, null)), t.segments());
        assertEquals("application/x-subrip", t.format());
        assertEquals("zh", t.language());
        assertEquals("UTF-8", t.encoding());
    }

    @Test
    void standardSrtWithCommasAndCrlfLineEnds() throws Exception {
        String srt = "1\r\n00:00:01,000 --> 00:00:02,500\r\nModels predict tokens.\r\n\r\n"
                + "2\r\n00:00:02,500 --> 00:00:04,000\r\n<b>Attention</b> is all\r\n<font color=\"red\">you need.</font>\r\n\r\n";
        Transcript t = read("a.srt", srt);

        assertEquals("Models predict tokens.\nAttention is all you need.", t.text());
        assertEquals(List.of(new Segment(0, 22, 1.0, 2.5, null), new Segment(23, 49, 2.5, 4.0, null)), t.segments());
    }

    @Test
    void cueNumbersAreOptionalAndMinutesOnlyTimesAreAccepted() throws Exception {
        String srt = "00:01.000 --> 00:02.000\n第一句\n\n01:02.5 --> 01:03.75\n第二句\n";
        Transcript t = read("no-numbers.srt", srt);

        assertEquals("第一句\n第二句", t.text());
        assertEquals(List.of(new Segment(0, 3, 1.0, 2.0, null), new Segment(4, 7, 62.5, 63.75, null)), t.segments());
    }

    @Test
    void aMissingBlankLineBeforeTheNextCueIsTolerated() throws Exception {
        String srt = "1\n00:00:00,000 --> 00:00:01,000\nGPT-2 was released in stages.\n2\n00:00:01,000 --> 00:00:02,000\n"
                + "It has 1.5B parameters\n1558\n3\n00:00:02,000 --> 00:00:03,000\nDone.";
        Transcript t = read("tight.srt", srt);

        assertEquals(List.of("GPT-2 was released in stages.", "It has 1.5B parameters 1558", "Done."), segmentTexts(t));
        assertEquals(2.0, t.segments().get(2).startSeconds());
    }

    @Test
    void aCueWithoutTextGivesNoSegment() throws Exception {
        Transcript t = read("gap.srt", "1\n00:00:00,000 --> 00:00:01,000\n\n2\n00:00:01,000 --> 00:00:02,000\n嗯 对\n");

        assertEquals("嗯 对", t.text());
        assertEquals(List.of(new Segment(0, 3, 1.0, 2.0, null)), t.segments());
    }

    @Test
    void aBrokenTimestampIsRejectedWithItsLineNumberAndText() {
        String srt = "1\n00:00:00,000 --> 00:00:01,000\nfine\n\n2\n00:0x:01,000 --> 00:00:02,000\nbroken\n";
        String msg = error("broken.srt", srt);

        assertTrue(msg.startsWith("broken.srt: line 6: bad timestamp '00:0x:01,000 --> 00:00:02,000'. "), msg);
        assertTrue(msg.contains("HH:MM:SS,mmm"), msg);
    }

    @Test
    void secondsOfSixtyOrMoreAreABadTimestamp() {
        assertTrue(error("sixty.srt", "00:00:60,000 --> 00:01:01,000\ntext\n").contains("line 1: bad timestamp"));
    }

    @Test
    void aCueThatEndsBeforeItStartsIsRejected() {
        String msg = error("backwards.srt", "7\n00:00:05,000 --> 00:00:04,000\ntext\n");
        assertTrue(msg.startsWith("backwards.srt: line 2: the cue ends before it starts '00:00:05,000 --> 00:00:04,000'. "), msg);
    }

    @Test
    void aCueNumberWithoutATimingLineIsRejected() {
        String msg = error("numbers.srt", "1\n00:00:00,000 --> 00:00:01,000\nok\n\n2\njust text\n");
        assertTrue(msg.startsWith("numbers.srt: line 6: expected a timing line after cue number 2, found 'just text'. "), msg);
    }

    @Test
    void textThatIsNotSrtInAnSrtFileIsRejected() {
        String msg = error("notes.srt", "Meeting notes about GPT-4\nno cues here\n");
        assertTrue(msg.startsWith("notes.srt: line 1: expected a cue number or a timing line, found 'Meeting notes about GPT-4'. "), msg);
    }
}
