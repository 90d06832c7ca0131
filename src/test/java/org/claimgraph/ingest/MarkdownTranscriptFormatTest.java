package org.claimgraph.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.claimgraph.ingest.Fixtures.read;
import static org.junit.jupiter.api.Assertions.*;

class MarkdownTranscriptFormatTest {

    @Test
    void turnsKeepTheirSpeakersAndTimestampsWithoutMarkdown() throws Exception {
        Transcript t = read("interview.en.md");

        assertEquals(String.join("\n",
                "This interview was edited for clarity.",
                "Welcome to the show. Today we talk about small language models.",
                "Thanks for having me. Small models run on a laptop -- which matters.",
                "They learn from distilled data *and* from curated web text.",
                "Sponsors paid for this episode.",
                "Does distillation hurt reasoning? See the paper.",
                "Less than people expect."), t.text());
        assertEquals(List.of(
                new Segment(0, 38, null, null, null),
                new Segment(39, 102, null, null, "Grace Hopper"),
                new Segment(103, 171, null, null, "Alan Turing"),
                new Segment(172, 231, 333.0, null, "Alan Turing"),
                new Segment(232, 263, null, null, null),
                new Segment(264, 312, null, null, "Grace Hopper"),
                new Segment(313, 337, 3723.0, null, "Alan Turing")), t.segments());
        assertEquals("text/markdown", t.format());
        assertEquals("en", t.language());
    }

    @Test
    void aLabelOnTheSameLineAsTheTextAndChineseSpeech() throws Exception {
        Transcript t = read("zh.md", "**主持人:** 多模态模型 进步很快\n**嘉宾：** 对\n");
        assertEquals("多模态模型 进步很快\n对", t.text());
        assertEquals(List.of(new Segment(0, 10, null, null, "主持人"), new Segment(11, 12, null, null, "嘉宾")), t.segments());
        assertEquals("zh", t.language());
    }
}
