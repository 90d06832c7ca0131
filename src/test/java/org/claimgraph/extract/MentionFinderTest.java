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
    void yearsBecomeTimeEntitiesAndTermsOutsideTheLexiconStayOut() throws Exception {
        assertEquals(List.of("2023年=time/2023"), mentions("2023年大家会看到一些新的东西"));
    }
}
