package org.claimgraph.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.claimgraph.ingest.Fixtures.bytes;
import static org.claimgraph.ingest.Fixtures.error;
import static org.claimgraph.ingest.Fixtures.read;
import static org.junit.jupiter.api.Assertions.*;

class TranscriptFormatsTest {
    private static final String SRT = "1\n00:00:01,000 --> 00:00:02,000\nScaling works.\n";

    private static String formatOf(String name, byte[] content) throws InputException {
        return new TranscriptReader().read(name, content).format();
    }

    @Test
    void anSrtSavedAsTxtIsReadAsSrt() throws Exception {
        Transcript t = read("subtitles.txt", SRT);
        assertEquals("application/x-subrip", t.format());
        assertEquals("Scaling works.", t.text());
        assertEquals(List.of(new Segment(0, 14, 1.0, 2.0, null)), t.segments());
    }

    @Test
    void eachJsonShapeIsPickedFromItsContent() throws Exception {
        assertEquals(List.of(0.0, 3.2), read("a.json", new String(bytes("whisper.json"), "UTF-8")).segments().stream().map(Segment::startSeconds).toList());
        assertEquals("SPEAKER_01", read("b.json", new String(bytes("whisperx.json"), "UTF-8")).segments().get(1).speaker());
        assertEquals("Ada", read("c.json", new String(bytes("turns.json"), "UTF-8")).segments().get(1).speaker());
        assertEquals("application/json", formatOf("turns.txt", bytes("turns.json")), "sniffed even under another extension");
        assertEquals("application/json", formatOf("whisper", bytes("whisper.json")));
    }

    @Test
    void vttContentUnderAnUnknownExtensionIsReadAsVtt() throws Exception {
        assertEquals("text/vtt", formatOf("captions.dat", bytes("talk.en.vtt")));
        assertEquals("text/vtt", formatOf("captions", bytes("talk.en.vtt")));
    }

    @Test
    void markdownIsPickedByItsSpeakerLabelsOrByItsExtension() throws Exception {
        assertEquals("text/markdown", formatOf("interview.txt", bytes("interview.en.md")));
        Transcript unlabelled = read("notes.md", "# Notes\n\nTransformers *scale* well.\n");
        assertEquals("text/markdown", unlabelled.format());
        assertEquals("Transformers scale well.", unlabelled.text());
    }

    @Test
    void plainTextStaysPlainTextEvenWhenItStartsWithABracket() throws Exception {
        Transcript t = read("music.txt", "[Music]\n大家好 今天聊 GPT\n");
        assertEquals("text/plain", t.format());
        assertEquals("[Music]\n大家好 今天聊 GPT\n", t.text());
        assertEquals("text/plain", formatOf("clip.srt.bak", "just words about models".getBytes()));
        assertEquals("text/plain", read("ids.txt", "1 --> 2 is how the tokenizer maps ids\n").format());
    }

    @Test
    void aTruncatedJsonFileGetsTheJsonReadersError() {
        assertTrue(error("cut.json", "{\"segments\": [{\"start\": 0.0, \"end\"").startsWith("cut.json: is not valid JSON ("));
        assertTrue(error("cut.json", "{").startsWith("cut.json: is not valid JSON ("));
    }

    @Test
    void theExtensionDecidesBetweenFormatsThatBothRecogniseTheContent() {
        TranscriptFormat shout = new TestFormat("shout", "srt");
        TranscriptFormats registry = TranscriptFormats.builtIn().with(new TestFormat("quiet", "other")).with(shout);
        assertEquals("shout", registry.choose("x.srt", SRT).id());
        assertEquals("srt", TranscriptFormats.builtIn().with(new TestFormat("quiet", "other")).choose("x.srt", SRT).id());
        assertEquals("quiet", TranscriptFormats.builtIn().with(new TestFormat("quiet", "other")).choose("x.txt", SRT).id(),
                "without an extension claim the first format that recognises the content wins");
        assertEquals("text", TranscriptFormats.builtIn().choose(null, "plain words").id());
    }

    @Test
    void theBuiltInFormatsAreRegisteredInOrderWithPlainTextAsTheFallback() {
        TranscriptFormats builtIn = TranscriptFormats.builtIn();
        assertEquals(List.of("vtt", "srt", "json", "markdown", "text"), builtIn.formats().stream().map(TranscriptFormat::id).toList());
        assertEquals("text", builtIn.fallback().id());
        assertTrue(builtIn.byId("json").isPresent());
        assertTrue(builtIn.byId("docx").isEmpty());
    }

    @Test
    void aFormatListedInMetaInfServicesIsFoundAndUsed() throws Exception {
        assertEquals("tsv-example", TranscriptFormats.installed().formats().get(0).id());
        Transcript t = read("rows.tsv", TabSeparatedFormat.HEADER + "\n0.5\t2\tAda\tModels compress data.\n");
        assertEquals("text/tab-separated-values", t.format());
        assertEquals(List.of(new Segment(0, 21, 0.5, 2.0, "Ada")), t.segments());
    }

    @Test
    void extensionsAreTakenFromTheLastDotOfTheFileName() {
        assertEquals("srt", TranscriptFormats.extension("dir.v2/ep42.mp3.SRT"));
        assertNull(TranscriptFormats.extension("dir.v2/README"));
        assertNull(TranscriptFormats.extension(".hidden"));
        assertNull(TranscriptFormats.extension(null));
    }

    /** Recognises any text, to test the choice between formats that all recognise it. */
    private record TestFormat(String id, String extension) implements TranscriptFormat {
        @Override public String mediaType() { return "text/x-" + id; }
        @Override public List<String> extensions() { return List.of(extension); }
        @Override public boolean sniff(String head) { return true; }
        @Override public Parsed parse(String text, String shownAs) { return new Parsed(text, List.of()); }
    }
}
