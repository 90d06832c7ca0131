package org.claimgraph.extract;

import org.claimgraph.Sample;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The real CoreNLP pipeline on the bundled sample: the claims the foundation must find, with exact evidence spans. */
class SampleExtractionTest {
    private static final String NS = Sample.IRIS.entityNamespace();

    private static Claim claim(String subject, String relation, String object) {
        List<Claim> found = Sample.extraction().claims().stream()
                .filter(c -> c.subject().iri().equals(NS + subject) && c.relation().equals(relation) && c.object().iri().equals(NS + object))
                .toList();
        assertEquals(1, found.size(), () -> "expected one claim " + subject + " " + relation + " " + object + " among " + describe());
        return found.get(0);
    }

    private static String describe() {
        return Sample.extraction().claims().stream().map(c -> c.subject().label() + " " + c.relation() + " " + c.object().label()).toList().toString();
    }

    private static void assertStatement(Statement s, int begin, int end, String quote, Certainty certainty) {
        assertEquals(begin, s.begin(), "begin of " + quote);
        assertEquals(end, s.end(), "end of " + quote);
        assertEquals(quote, Sample.text().substring(s.begin(), s.end()));
        assertEquals(certainty, s.certainty(), "certainty of " + quote);
    }

    @Test
    void codeDataImprovesReasoningIsOneClaimStatedFourTimes() {
        Claim c = claim("code-data", "improves", "reasoning");
        assertEquals(Polarity.POSITIVE, c.polarity());
        assertEquals(Certainty.ASSERTED, c.certainty());
        List<Statement> s = c.statements();
        assertEquals(4, s.size(), s.toString());
        assertStatement(s.get(0), 538, 575, "Github上的代码数据 还是很明显的提升了对于这个自然语言的这个推理能力", Certainty.REPORTED);
        assertEquals("听到", s.get(0).cue());
        assertStatement(s.get(1), 1023, 1051, "code代码数据的训练是不是能帮助提升reasoning", Certainty.ASSERTED);
        assertEquals("这个答案是肯定的", s.get(1).cue(), "the question is answered right after it");
        assertStatement(s.get(2), 1391, 1416, "code代码数据训练肯定是能帮助reasoning", Certainty.ASSERTED);
        assertEquals("肯定", s.get(2).cue());
        assertStatement(s.get(3), 1603, 1640, "code的training的训练 是对它提升reasoning能力很有帮助", Certainty.ASSERTED);
        assertEquals("代码数据", s.get(2).subjectMention().text(), "the head of code代码数据 is its last mention");
        assertEquals("reasoning", s.get(2).objectMention().text());
    }

    @Test
    void chatGptsBaseModelIsGpt35() {
        Claim c = claim("ChatGPT", "basedOn", "GPT-3.5");
        assertEquals(1, c.statements().size());
        assertStatement(c.statements().get(0), 1082, 1122, "ChatGPT它的那个base model 其实是那个GPT3.5那个model", Certainty.ASSERTED);
        assertEquals("GPT3.5", c.statements().get(0).objectMention().text());
    }

    @Test
    void flamingoFromDeepMindInterleavesVisionAndTextDataAndTextAndImage() {
        Claim developed = claim("Flamingo", "developedBy", "DeepMind");
        assertStatement(developed.statements().get(0), 1699, 1726, "deepmind 已经有篇paper叫flamingo", Certainty.ASSERTED);

        Claim vision = claim("Flamingo", "interleaves", "image-data");
        Claim textData = claim("Flamingo", "interleaves", "text-data");
        for (Claim c : List.of(vision, textData)) {
            Statement s = c.statements().get(0);
            assertStatement(s, 1773, 1801, "它把vision跟text datainterleave", Certainty.ASSERTED);
            assertEquals("flamingo", s.subjectMention().text(), "它 is resolved to the Flamingo mentioned just before");
            assertEquals(Sample.text().indexOf("flamingo里面"), s.subjectMention().begin(), "the antecedent is the mention in 对flamingo里面");
        }
        assertEquals("text data", textData.statements().get(0).objectMention().text(), "the ASR glued 'text data' to 'interleave'");
        assertEquals("vision", vision.statements().get(0).objectMention().text(), "vision跟text data: vision shares the head, vision data");
        Claim text = claim("Flamingo", "interleaves", "text");
        Claim image = claim("Flamingo", "interleaves", "image");
        for (Claim c : List.of(text, image)) {
            assertStatement(c.statements().get(0), 5190, 5232, "他们用了一个比较好的方法就是interleave 就是把text跟image互相插在", Certainty.ASSERTED);
        }
    }

    @Test
    void aRhetoricalQuestionDeniesWhatItAsks() {
        for (String model : List.of("language-model", "vision-model")) {
            Claim c = claim(model, "enables", "self-driving");
            assertEquals(Polarity.NEGATIVE, c.polarity(), model + " …能解决就是self-driving里面的很多问题吗 应该很难");
            assertEquals(Certainty.HEDGED, c.certainty());
            assertEquals("应该很难", c.statements().get(0).cue());
        }
    }

    @Test
    void englishDominatesPreTrainingCorpora() {
        Claim c = claim("English", "dominates", "pre-training-corpus");
        assertStatement(c.statements().get(0), 764, 814,
                "大模型的所有pre-training distribution来看 英文首先肯定是主要的就占主要部分", Certainty.ASSERTED);
    }

    @Test
    void flamingoCanReasonModalitiesHelpEachOtherAndTheLargeModelIsFarAhead() {
        Claim reason = claim("Flamingo", "hasCapability", "reasoning");
        assertStatement(reason.statements().get(0), 1848, 1857, "它可以reason", Certainty.ASSERTED);
        assertEquals("flamingo", reason.statements().get(0).subjectMention().text(), "它 is Flamingo");

        Claim mutual = claim("modality", "improves", "modality");
        assertEquals(2, mutual.statements().size());
        assertStatement(mutual.statements().get(0), 2029, 2040, "这些模态是否会相互帮助", Certainty.SPECULATIVE);
        assertStatement(mutual.statements().get(1), 2215, 2225, "这些模态互相进行帮助", Certainty.ASSERTED);

        Claim ahead = claim("large-language-model", "outperforms", "language-model");
        assertStatement(ahead.statements().get(0), 2986, 3035, "语言模型几百m 一个币多一点 那跟我们上百币动辄上百币的现在真正的大模型 大语言模型来说 呃其实差", Certainty.ASSERTED);
    }

    @Test
    void noClaimRelatesAnEntityToItselfAndEveryQuoteIsTheTextAtItsOffsets() {
        String text = Sample.text();
        for (Claim c : Sample.extraction().claims()) {
            // except things said to help each other (这些模态是否会相互帮助), which a reciprocal rule finds
            boolean reciprocal = c.statements().stream().allMatch(s -> s.ruleId().equals("improves.mutual"));
            if (!reciprocal) assertNotEquals(c.subject().iri(), c.object().iri());
            for (Statement s : c.statements()) {
                assertTrue(s.begin() < s.end());
                assertTrue(s.subjectMention().begin() >= 0 && s.subjectMention().end() <= text.length());
                assertEquals(s.subjectMention().text(), text.substring(s.subjectMention().begin(), s.subjectMention().end()));
            }
        }
    }

    @Test
    void mentionsComeFromTheLexiconIncludingMisheardForms() {
        List<Mention> mentions = Sample.extraction().mentions();
        Mention dalle = mentions.stream().filter(m -> m.text().equals("达利")).findFirst().orElseThrow();
        assertEquals(NS + "DALL-E", dalle.concept().iri());
        assertTrue(dalle.hiddenLabel());
        assertEquals(2346, dalle.begin());
        assertTrue(mentions.stream().anyMatch(m -> m.text().equals("Solidity AI") && m.concept().iri().equals(NS + "StabilityAI")));
        assertTrue(mentions.stream().filter(m -> m.concept().iri().equals(NS + "multimodality")).count() >= 10);
    }

    /**
     * load --jobs N runs extractions at once on the JVM's one CoreNLP pipeline: two at a time must give exactly
     * what one at a time gives (tokens, mentions, claims, offsets).
     */
    @Test
    void twoExtractionsAtOnceOnTheSharedPipelineGiveWhatOneGives() throws Exception {
        Extraction serial = Sample.extraction();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> Sample.extractor().extract(Sample.transcript()));
            var b = pool.submit(() -> Sample.extractor().extract(Sample.transcript()));
            for (var f : List.of(a, b)) {
                Extraction parallel = f.get();
                assertEquals(serial.mentions(), parallel.mentions());
                assertEquals(serial.claims(), parallel.claims());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
