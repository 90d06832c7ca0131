package org.claimgraph.extract;

import org.claimgraph.Sample;
import org.claimgraph.ingest.TranscriptReader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Mentions through the real pipeline on short made-up transcripts. */
class MentionFinderTest {
    private static List<String> mentions(String text) throws Exception {
        Extraction e = Sample.extractor().extract(new TranscriptReader().read("t.txt", text.getBytes(StandardCharsets.UTF_8)));
        String ns = Sample.IRIS.entityNamespace();
        return e.mentions().stream().map(m -> m.text() + "=" + m.concept().iri().replace(ns, "")).toList();
    }

    @Test
    void aMisheardEnglishWordCountsOnlyWhereTheTalkIsAboutAi() throws Exception {
        assertEquals(List.of("GPT-3=GPT-3", "contact=context"), mentions("GPT-3的架构能够把这些contact都学到"));
        assertEquals(List.of(), mentions("下周我会contact他们的市场部门 然后约一个时间见面聊一聊合作的事情"));
    }

    @Test
    void compoundsSplitBy的AreTheLexiconTermTheySpell() throws Exception {
        // 对话的这个数据 = 对话数据; 图片的生成 = 图片生成 (replacing the mention of 图片 alone)
        assertEquals(List.of("对话的这个数据=conversation-data"), mentions("他们会把对话的这个数据留下来"));
        assertEquals(List.of("图片的生成=image-generation"), mentions("这种方式去做图片的生成"));
        // a head that is already a term keeps it, and a modifier does not cut a term in two
        assertEquals(List.of("自然语言=natural-language", "推理能力=reasoning"), mentions("对于自然语言的这个推理能力"));
    }

    @Test
    void englishTermsInChineseOrderOnlyCountInsideChinese() throws Exception {
        assertTrue(mentions("code它其实提升了model在就是manipulate symbolic的能力").contains("manipulate symbolic=symbolic-manipulation"));
        assertFalse(mentions("they trained seven billion parameter models last year").contains("parameter models=parameters"),
                "in English talk, English order: parameter models are not model parameters");
    }

    @Test
    void yearsBecomeTimeEntitiesAndTermsOutsideTheLexiconStayOut() throws Exception {
        assertEquals(List.of("2023年=time/2023"), mentions("2023年大家会看到一些新的东西"));
    }
}
