package org.claimgraph.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.claimgraph.ingest.Fixtures.error;
import static org.claimgraph.ingest.Fixtures.read;
import static org.junit.jupiter.api.Assertions.*;

class JsonTranscriptFormatTest {

    @Test
    void whisperSegmentsGiveTextTimesAndTheStatedLanguage() throws Exception {
        Transcript t = read("whisper.json");

        assertEquals("大模型的能力来自数据。\nCode data helps too.", t.text());
        assertEquals(List.of(new Segment(0, 11, 0.0, 3.2, null), new Segment(12, 32, 3.2, 6.48, null)), t.segments());
        assertEquals("application/json", t.format());
        assertEquals("zh", t.language());
    }

    @Test
    void theLanguageAWhisperFileStatesIsUsedRatherThanGuessed() throws Exception {
        Transcript t = read("fr.json", "{\"language\": \"fr\", \"segments\": [{\"start\": 0, \"end\": 1, \"text\": \"GPT-4 est un modèle.\"}]}");
        assertEquals("fr", t.language());
        Transcript named = read("named.json", "{\"language\": \"english\", \"segments\": [{\"start\": 0, \"end\": 1, \"text\": \"模型\"}]}");
        assertEquals("zh", named.language(), "a language name that is not a tag is ignored");
    }

    @Test
    void whisperXSegmentsKeepTheirSpeakers() throws Exception {
        Transcript t = read("whisperx.json");

        assertEquals("Is GPT-4 better at maths?\nIt is, mostly because of the code in its training data.\nRight.", t.text());
        assertEquals(List.of(
                new Segment(0, 25, 0.031, 2.5, "SPEAKER_00"),
                new Segment(26, 81, 2.9, 7.25, "SPEAKER_01"),
                new Segment(82, 88, 7.25, 8.0, null)), t.segments());
        assertEquals("en", t.language());
    }

    @Test
    void speakerTurnsWithClockStringsOrNumbersOfSeconds() throws Exception {
        Transcript t = read("turns.json");

        assertEquals("Welcome back. Today we talk about open models.\nOpen weights let anyone fine-tune a model.\n开源模型的进步很快", t.text());
        assertEquals(List.of(
                new Segment(0, 46, 0.0, 4.0, "Lex"),
                new Segment(47, 89, 65.0, 3667.5, "Ada"),
                new Segment(90, 99, 3667.5, 3667.5, "Lex")), t.segments());
    }

    @Test
    void anObjectWithOnlyTextIsReadAsPlainText() throws Exception {
        Transcript t = read("api.json", "{\"text\": \"Scaling laws hold.\\nSo far.\"}");
        assertEquals("Scaling laws hold.\nSo far.", t.text());
        assertEquals(List.of(Segment.untimed(0, 18), Segment.untimed(19, 26)), t.segments());
    }

    @Test
    void truncatedJsonIsRejectedWithWhereItEnds() {
        String msg = error("cut.json", "[\n  {\"text\": \"Open models\", \"start_time\": \"0:00:01\",\n   \"end_t");
        assertTrue(msg.startsWith("cut.json: is not valid JSON (it ends before the JSON is complete at line 3, column "), msg);
        assertTrue(msg.contains("Check that the file is complete"), msg);
    }

    @Test
    void malformedJsonIsRejectedWithLineAndColumn() {
        String msg = error("bad.json", "{\"segments\": [\n {\"start\": 0, \"end\": 1,, \"text\": \"x\"}\n]}");
        assertTrue(msg.startsWith("bad.json: is not valid JSON (Unexpected character (',' (code 44))"), msg);
        assertTrue(msg.contains("at line 2, column 24)"), msg);
    }

    @Test
    void jsonOfAnUnknownShapeSaysWhatIsExpected() {
        String msg = error("config.json", "{\"model\": \"gpt-4\", \"temperature\": 0.2}");
        assertTrue(msg.startsWith("config.json: is JSON but not a transcript this reader knows: the object has neither \"segments\" nor \"text\" (expected "), msg);
        assertTrue(error("numbers.json", "[1, 2, 3]").contains("$[0] is a number"));
        assertTrue(error("notext.json", "[{\"start_time\": \"0:00:01\"}]").contains("$[0] has no \"text\" string"));
    }

    @Test
    void badTimesAndBackwardTimesAreRejectedNamingTheElement() {
        String bad = error("t.json", "{\"segments\": [{\"start\": 0, \"end\": 1, \"text\": \"a\"}, {\"start\": \"soon\", \"end\": 2, \"text\": \"b\"}]}");
        assertTrue(bad.startsWith("t.json: $.segments[1].start: bad time '\"soon\"'. "), bad);
        String backwards = error("b.json", "[{\"text\": \"a\", \"start_time\": \"0:01:00\", \"end_time\": \"0:00:59\"}]");
        assertTrue(backwards.startsWith("b.json: $[0] ends before it starts (0:01:00.000 to 0:00:59.000). "), backwards);
    }
}
