package org.claimgraph.extract;

import org.claimgraph.Sample;
import org.claimgraph.ingest.TranscriptReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The rules on sentences written for this test (src/test/resources/made-up.zh.txt), not taken from the sample: the
 * claims each construction should give, and nothing that runs from one line into the next.
 */
class MadeUpSentencesTest {
    private static Extraction extraction;

    @BeforeAll
    static void extract() throws Exception {
        extraction = Sample.extractor().extract(new TranscriptReader().read(Path.of("src/test/resources/made-up.zh.txt")));
    }

    private static String key(Claim c) {
        String ns = Sample.IRIS.entityNamespace();
        return c.subject().iri().replace(ns, "") + " " + c.relation() + " " + c.object().iri().replace(ns, "")
                + (c.polarity() == Polarity.NEGATIVE ? " (negative)" : "");
    }

    @Test
    void eachConstructionGivesItsClaimAndNothingElse() {
        Set<String> found = new TreeSet<>(extraction.claims().stream().map(MadeUpSentencesTest::key).toList());
        assertEquals(new TreeSet<>(List.of(
                "GPT-4 outperforms GPT-3.5",
                "Llama-2 developedBy Meta",
                "GPT-4 developedBy OpenAI",
                "StableDiffusion basedOn diffusion-model",
                "large-language-model hasLimitation hallucination",
                "multimodality hasLimitation alignment",
                "code-data improves reasoning",
                "GPT-4 hasCapability code-generation",
                "Claude developedBy Anthropic",
                "Gemini hasCapability image-generation",
                "Gemini hasCapability code-generation",
                "Bard trainedOn conversation-data",
                "web-data dominates training-data",
                "code-data dominates training-data (negative)",
                "Llama-2 hasLimitation Chinese",
                "RLHF improves multi-turn-dialogue",
                "RAG enables question-answering",
                "fine-tuning improves image-generation",
                "Claude outperforms GPT-4",
                "GPT-4 outperforms PaLM",
                "AlphaGo outperforms term/人类",
                "multimodal-model hasLimitation alignment",
                "Claude hasCapability code-generation",
                "conversation-data improves multi-turn-dialogue",
                "Claude hasVersion term/claude-instant",
                "Claude hasVersion term/claude-haiku",
                "transformer enables in-context-learning",
                "video-model predictedFor time/2025",
                "language-model predictedFor time/2025",
                "StableDiffusion developedBy StabilityAI",
                "ChatGPT trainedOn web-data",
                "multimodal-model requires image-text-pairs",
                "code-data improves reasoning (negative)",
                "Llama-2 outperforms GPT-4 (negative)",
                "ChatGPT outperforms Bard",
                "closed-source-model outperforms open-source-model",
                "Claude outperforms Gemini",
                "Bard outperforms PaLM (negative)",
                "Claude hasCapability translation",
                "web-data improves code-data",
                "code-data improves web-data",
                "GPT-3 hasCapability multi-turn-dialogue (negative)",
                "Llama-2 hasCapability code-generation (negative)",
                "Gemini hasCapability question-answering",
                "Bard hasCapability question-answering",
                "Claude outperforms PaLM",
                "term/claude-3 basedOn term/claude-2",
                "Midjourney hasCapability image-generation",
                "SamAltman states term/gpt-5",
                "term/gpt-5 hasCapability reasoning",
                "web-data dominates training-data (negative)",
                "StableDiffusion hasLimitation text-generation",
                "Qwen developedBy Alibaba",
                "term/gpt-4v developedBy OpenAI",
                "code-data dominates web-data (negative)",
                "Bard outperforms ChatGPT",
                "GPT-4 hasCapability reasoning",
                "Llama-2 hasLimitation code-generation",
                "term/code-ranger trainedOn code-data",
                "term/text-ranger trainedOn text-data",
                "term/code-ranger outperforms term/text-ranger",
                "video-model hasLimitation alignment",
                "video-model hasLimitation term/fusion",
                "multi-turn-dialogue hasLimitation bottleneck",
                "Gemini hasLimitation alignment",
                "Claude hasCapability context",
                "Claude hasLimitation hallucination",
                "PaLM hasLimitation code-generation",
                "distillation enables image-generation",
                "RLHF enables text-generation",
                "term/一鸣 states Gemini",
                "Gemini hasLimitation text-generation",
                "Claude hasLimitation code-generation",
                "English dominates web-data",
                "other-languages dominates web-data (negative)",
                "image-data dominates training-data (negative)",
                "conversation-data dominates training-data",
                "Gemini hasLimitation code-generation",
                "training-data improves code-generation",
                "code-generation hasLimitation threshold",
                "code-generation hasLimitation bottleneck",
                "language-ability improves video-generation",
                "open-source enables multi-turn-dialogue",
                "Gemini hasLimitation context",
                "context requires term/架构",
                "context requires conditioning",
                "Claude hasCapability multimodality",
                "Qwen hasCapability question-answering",
                "Claude hasCapability reasoning",
                "Claude outperforms term/人类",
                "video-model hasLimitation bandwidth")), found);
    }

    @Test
    void noStatementRunsIntoTheNextLine() {
        String text = extraction.transcript().text();
        for (Claim c : extraction.claims()) {
            for (Statement s : c.statements()) {
                assertFalse(text.substring(s.begin(), s.end()).contains("\n"), () -> key(c) + ": " + text.substring(s.begin(), s.end()));
            }
        }
    }

    @Test
    void hedgesAspectsAndQuantities() {
        Claim better = extraction.claims().stream().filter(c -> c.relation().equals("outperforms")).findFirst().orElseThrow();
        assertEquals(Certainty.HEDGED, better.certainty(), "我觉得");
        assertEquals("benchmark", better.statements().get(0).aspect().text());
        Claim doubted = extraction.claims().stream().filter(c -> c.subject().label().startsWith("Llama")
                && c.relation().equals("outperforms")).findFirst().orElseThrow();
        assertEquals(Certainty.HEDGED, doubted.certainty(), "我不觉得: doubted, so hedged and negative");
        assertTrue(extraction.quantities().stream().anyMatch(q -> q.text().equals("十万个token") && q.unit().equals("token")));
    }

    @Test
    void anEnglishVerbNamesAnAbilityOnlyAfterAModalVerb() {
        List<String> verbForms = extraction.mentions().stream()
                .filter(m -> m.text().equals("translate") || m.text().equals("reason"))
                .map(m -> m.text() + "=" + m.concept().label()).toList();
        assertEquals(List.of("translate=translation"), verbForms, "可以translate is translation; 这个reason很简单 is no reasoning");
    }

    @Test
    void aModelVersionTheLexiconDoesNotListIsAModelOfItsOwn() {
        Mention gpt5 = extraction.mentions().stream().filter(m -> m.text().equals("GPT-5")).findFirst().orElseThrow();
        assertEquals(Sample.IRIS.term("GPT-5"), gpt5.concept().iri(), "GPT-5 is not GPT");
        assertEquals(org.claimgraph.rdf.CG.Model.getURI(), gpt5.concept().typeIri());
        assertTrue(extraction.mentions().stream().anyMatch(m -> m.text().equals("ChatGPT") && m.concept().label().equals("ChatGPT")),
                "ChatGPT 2个月: a count, not a version");
        assertTrue(extraction.mentions().stream().anyMatch(m -> m.text().equals("Llama 2") && m.concept().label().equals("Llama 2")),
                "Llama 2 7B: a size, not a version");
        Claim reasoning = extraction.claims().stream().filter(c -> c.subject().label().equals("GPT-5")
                && c.relation().equals("hasCapability")).findFirst().orElseThrow();
        assertEquals(Certainty.REPORTED, reasoning.certainty(), "Sam Altman也提到");
        assertEquals("Sam Altman", reasoning.statements().get(0).attributedTo().concept().label());
        Claim hearsay = extraction.claims().stream().filter(c -> c.subject().label().equals("Bard")
                && c.relation().equals("outperforms") && c.object().label().equals("ChatGPT")).findFirst().orElseThrow();
        assertEquals(Certainty.REPORTED, hearsay.certainty(), "有人说");
    }

    @Test
    void aModelDescribedByWhatItWasTrainedOnIsTheModelSaidToBeTrainedSo() {
        String text = extraction.transcript().text();
        Claim codeTrained = extraction.claims().stream().filter(c -> c.subject().label().equals("code ranger")
                && c.relation().equals("trainedOn")).findFirst().orElseThrow();
        assertEquals(org.claimgraph.rdf.CG.Model.getURI(), codeTrained.subject().typeIri(), "那个model: a model");
        assertEquals(List.of("code ranger是在code data上面train", "code上面train过的那个model"),
                codeTrained.statements().stream().map(s -> text.substring(s.begin(), s.end())).toList(),
                "the description 在code上面train过的那个model is code ranger, said to be trained on code data before");
        Claim better = extraction.claims().stream().filter(c -> c.subject().label().equals("code ranger")
                && c.relation().equals("outperforms")).findFirst().orElseThrow();
        assertEquals("text ranger", better.object().label(), "只在text上面train的那个model: the name that begins with text");
        // 在video上面训练过的那个模型 describes no model named before: not GPT-4, the nearest model
        assertTrue(extraction.claims().stream().noneMatch(c -> c.relation().equals("trainedOn") && c.object().label().contains("video")));
    }

    @Test
    void aDifficultyWithoutSubjectIsTheTopics() {
        String text = extraction.transcript().text();
        Claim gemini = extraction.claims().stream().filter(c -> c.subject().label().equals("Gemini")
                && c.relation().equals("hasLimitation") && c.object().label().equals("alignment")).findFirst().orElseThrow();
        assertEquals("怎么把这些东西对齐在一起 就是一个很大的挑战",
                text.substring(gemini.statements().get(0).begin(), gemini.statements().get(0).end()));
        // 但我们好像看到了一个threshold after 代码数据很重要: the topic is data, which has no such limit
        assertEquals(List.of("code generation"), extraction.claims().stream().filter(c -> c.object().label().equals("threshold"))
                .map(c -> c.subject().label()).toList(), "only the threshold seen after 代码生成已经很好了");
        Claim limit = extraction.claims().stream().filter(c -> c.object().label().equals("bottleneck")
                && text.substring(c.statements().get(0).begin(), c.statements().get(0).end()).endsWith("遇到了一个瓶颈")).findFirst().orElseThrow();
        assertEquals("multi-turn dialogue", limit.subject().label(), "GPT-4的多轮对话: the head of the topic's phrase");
        assertEquals(Certainty.HEDGED, limit.certainty(), "好像");
    }

    @Test
    void aPronounIsNotTheOwnerOfAPlaceNamedBeforeIt() {
        // 他自己 Llama 2的这个架构设计里面 他是不是能够…: the second 他 is the first's (Claude), not Llama 2
        Claim learns = extraction.claims().stream().filter(c -> c.object().label().equals("context")).findFirst().orElseThrow();
        assertEquals("Claude", learns.subject().label());
        assertEquals(Certainty.SPECULATIVE, learns.certainty(), "是不是");
    }

    @Test
    void aHedgeOnASuperlativeDoesNotHedgeTheClaim() {
        Claim biggest = extraction.claims().stream().filter(c -> c.object().label().equals("hallucination")).findFirst().orElseThrow();
        assertEquals(Certainty.ASSERTED, biggest.certainty(), "可能最大的难点就是幻觉: a difficulty, maybe the biggest");
        Claim weak = extraction.claims().stream().filter(c -> c.subject().label().equals("PaLM")
                && c.relation().equals("hasLimitation")).findFirst().orElseThrow();
        assertEquals(Certainty.HEDGED, weak.certainty(), "可能在代码生成方面比较弱: 可能 alone hedges");
    }

    @Test
    void aComparisonTheOtherWayRoundKeepsItsEvidenceInItsOwnLine() {
        Claim denied = extraction.claims().stream().filter(c -> c.subject().label().equals("Bard")
                && c.relation().equals("outperforms")).findFirst().orElseThrow();
        String text = extraction.transcript().text();
        Statement s = denied.statements().get(0);
        assertEquals("PaLM并不比Bard差", text.substring(s.begin(), s.end()));
        assertEquals(Polarity.NEGATIVE, denied.polarity(), "并不: the negation before 比 denies it");
    }

    @Test
    void aMethodNamedByAVerbBeforeItsMannerNounEnablesWhatItLetsAModelDo() {
        // distill的方法: the lexicon lists distillation by its noun; reason的方式 is no method (reasoning is an ability)
        List<String> verbs = extraction.mentions().stream().filter(m -> m.text().equals("distill") || m.text().equals("reason"))
                .map(m -> m.text() + "=" + m.concept().label()).toList();
        assertEquals(List.of("distill=knowledge distillation"), verbs);
        Claim enables = extraction.claims().stream().filter(c -> c.subject().label().equals("knowledge distillation")).findFirst().orElseThrow();
        assertEquals("enables", enables.relation());
        assertEquals("image generation", enables.object().label(), "生成一张很清楚的image: the generation of images");
        String text = extraction.transcript().text();
        Statement s = enables.statements().get(0);
        assertEquals("distill的方法来训练 然后让小模型也能够生成一张很清楚的image", text.substring(s.begin(), s.end()));
    }

    @Test
    void aNameCitedBetweenRecallAndSayingIsAPerson() {
        List<String> people = extraction.mentions().stream()
                .filter(m -> m.concept().typeIri().equals(org.claimgraph.rdf.CG.Person.getURI()))
                .map(Mention::text).toList();
        assertTrue(people.contains("一鸣"), "刚才一鸣也提到: the segmenter cuts the name into 一/AD 鸣/VV; " + people);
        assertFalse(people.stream().anyMatch(p -> p.contains("嘉宾") || p.contains("一直")), "a role and an adverb are no names: " + people);
        Claim cited = extraction.claims().stream().filter(c -> c.subject().label().equals("Gemini")
                && c.object().label().equals("text generation")).findFirst().orElseThrow();
        assertEquals(Certainty.REPORTED, cited.certainty());
        assertEquals("一鸣", cited.statements().get(0).attributedTo().text(), "passed on from the person cited");
        Claim roleOnly = extraction.claims().stream().filter(c -> c.subject().label().equals("Claude")
                && c.object().label().equals("code generation") && c.relation().equals("hasLimitation")).findFirst().orElseThrow();
        assertEquals(null, roleOnly.statements().get(0).attributedTo(), "刚才嘉宾也提到: reported, but by nobody named");
    }

    @Test
    void aShareSaidNextWithoutItsWholeIsOfTheWholeBefore() {
        // 英文肯定是占主要部分 然后其他语言的话占比较小的比例: the same web data, and a small share denies dominating it
        Claim next = extraction.claims().stream().filter(c -> c.subject().label().equals("other languages")).findFirst().orElseThrow();
        assertEquals("dominates", next.relation());
        assertEquals("web data", next.object().label());
        assertEquals(Polarity.NEGATIVE, next.polarity());
        String text = extraction.transcript().text();
        Statement s = next.statements().get(0);
        assertEquals("其他语言的话占比较小的比例", text.substring(s.begin(), s.end()), "the evidence is the share itself");
        assertTrue(extraction.claims().stream().noneMatch(c -> c.subject().label().equals("training data") && c.relation().equals("dominates")),
                "在训练数据里面占的比例不高: the whole, not a share of the data before it");
    }

    @Test
    void aProblemSolvedByTrainingIsTheLimitationJustNamed() {
        // Gemini对于代码生成还是有很多问题 那这样的问题能不能通过训练更多的相关的数据就能够得到解决
        Claim solved = extraction.claims().stream().filter(c -> c.subject().label().equals("training data")
                && c.relation().equals("improves")).findFirst().orElseThrow();
        assertEquals("code generation", solved.object().label(), "这样的问题: the problem just named, with code generation");
        String text = extraction.transcript().text();
        Statement s = solved.statements().get(0);
        assertEquals("训练更多的相关的数据就能够得到解决", text.substring(s.begin(), s.end()));
        assertEquals("训练更多的相关的数据", s.subjectMention().text(), "a verb and its object spell 训练数据");
        assertTrue(extraction.mentions().stream().noneMatch(m -> m.text().startsWith("训练了")),
                "训练了更多这个维度的这个数据 says which data: no term");
    }

    @Test
    void aLimitSaidAgainInOtherWordsIsTheSameThings() {
        // 但我们好像看到了一个threshold 就是提升到某一个程度 某一个瓶颈之后…: code generation's, said again
        Claim restated = extraction.claims().stream().filter(c -> c.subject().label().equals("code generation")
                && c.object().label().equals("bottleneck")).findFirst().orElseThrow();
        String text = extraction.transcript().text();
        Statement s = restated.statements().get(0);
        assertEquals("就是提升到某一个程度 某一个瓶颈", text.substring(s.begin(), s.end()));
        assertEquals("hasLimitation.restated", s.ruleId());
        // 大家其实都很清楚的 就是提升到某一个瓶颈…: no limitation was said in the two clauses before, so it is nobody's
        assertEquals(1, extraction.claims().stream().filter(c -> c.statements().stream().anyMatch(x -> x.ruleId().equals("hasLimitation.restated"))).count());
    }

    @Test
    void aBareModelInAFramedPassageIsTheModelOfItsTopic() {
        // 就从视频来说 … 让模型生成能力提升 … 很难给模型描述清楚 对吧 沟通的bandwidth是不够的
        String text = extraction.transcript().text();
        int framed = text.indexOf("就从视频来说"), unframed = text.indexOf("然后你只用几句话很难给模型描述清楚");
        List<String> models = extraction.mentions().stream().filter(m -> m.text().equals("模型") && m.begin() > unframed)
                .map(m -> (m.begin() > framed ? "framed " : "unframed ") + m.concept().label()).toList();
        assertEquals(List.of("framed video model", "framed video model", "framed video model"), models,
                "a bare 模型 is the video model only where 从视频来说 set the topic");
        Claim limit = extraction.claims().stream().filter(c -> c.object().label().equals("bandwidth")).findFirst().orElseThrow();
        assertEquals("video model", limit.subject().label());
        Statement s = limit.statements().get(0);
        assertEquals("bandwidth是不够的", text.substring(s.begin(), s.end()));
        assertTrue(s.begin() > framed, "the unframed line says nothing of bandwidth: no model was spoken of there");
        assertEquals(Polarity.POSITIVE, limit.polarity(), "不够 is the limitation, not a negation of it");
        Claim way = extraction.claims().stream().filter(c -> c.object().label().equals("video generation")).findFirst().orElseThrow();
        assertEquals("language ability", way.subject().label(), "模型生成能力 in a passage about video: video generation");
        assertTrue(extraction.claims().stream().noneMatch(c -> c.subject().label().equals("video")),
                "从视频来说 sets the topic; 视频 is no argument");
    }

    @Test
    void aBareDemonstrativeInAnAnswerIsWhatTheQuestionAsked() {
        // 开源为什么对于整个行业这么重要 … (forty words on) … 所以我觉得这个以后可以unlock很多很多新的ability 比如说多轮对话
        Claim unlocked = extraction.claims().stream().filter(c -> c.subject().label().equals("open source")).findFirst().orElseThrow();
        assertEquals("enables", unlocked.relation());
        assertEquals("multi-turn dialogue", unlocked.object().label(), "比如说: the example of the abilities");
        assertEquals(Certainty.HEDGED, unlocked.certainty(), "我觉得");
        String text = extraction.transcript().text();
        Statement s = unlocked.statements().get(0);
        assertEquals("这个以后可以unlock很多很多新的ability 比如说多轮对话", text.substring(s.begin(), s.end()));
        assertEquals("开源", s.subjectMention().text(), "这个 stands for what the question asked about");
        // 我也说不清为什么 反正我觉得这个将来可以unlock…翻译: the question names nothing, so 这个 refers to nothing
        assertTrue(extraction.claims().stream().noneMatch(c -> c.object().label().equals("translation") && c.relation().equals("enables")),
                "no topic was asked about before 这个");
    }

    @Test
    void whatALimitationLacksIsWhatTheRemedyNamedNextIsNeededFor() {
        // Gemini的context是不够的 那怎么提升呢 其实大家都知道 就需要不同的架构 然后不同的condition的方式
        List<Claim> needs = extraction.claims().stream().filter(c -> c.relation().equals("requires") && c.subject().label().equals("context")).toList();
        assertEquals(List.of("架构", "conditioning"), needs.stream().map(c -> c.object().label()).toList());
        String text = extraction.transcript().text();
        Statement s = needs.get(1).statements().get(0);
        assertEquals("requires.to-remedy", s.ruleId());
        assertEquals("怎么提升呢 其实大家都知道 就需要不同的架构 然后不同的condition", text.substring(s.begin(), s.end()));
        // 大家都在想怎么提升推理能力 其实很简单 就需要更好的数据: no limitation was named, and 大家 is who wants it
        int line = text.indexOf("大家都在想怎么提升推理能力"), lineEnd = text.indexOf('\n', line);
        assertTrue(extraction.claims().stream().flatMap(c -> c.statements().stream()).noneMatch(x -> x.end() > line && x.begin() < lineEnd),
                "nothing is said of what is improved or needed there");
    }

    @Test
    void whatIsInAModelAndWhatItCanDoWithItsObjectLeftOut() {
        // Claude里面其实也有多模态 但是Claude里面也有很多问题 它的训练数据里面有代码数据
        Claim within = extraction.claims().stream().filter(c -> c.subject().label().equals("Claude") && c.object().label().equals("multimodality")).findFirst().orElseThrow();
        assertEquals("hasCapability.has-within", within.statements().get(0).ruleId());
        assertTrue(extraction.claims().stream().noneMatch(c -> c.subject().label().equals("Claude") && c.object().label().equals("code data")),
                "its data's contents are no capability of the model");
        // 你问Qwen一个问题 它可以回答 但是Llama 2可以回答你: answering with the object left out is 回答问题
        List<String> answering = extraction.mentions().stream().filter(m -> m.text().equals("回答")).map(m -> m.concept().label()).toList();
        assertEquals(List.of("question answering"), answering, "回答你 says whom: no ability named by the verb alone");
        Claim qa = extraction.claims().stream().filter(c -> c.subject().label().equals("Qwen") && c.relation().equals("hasCapability")).findFirst().orElseThrow();
        assertEquals("question answering", qa.object().label());
        String text = extraction.transcript().text();
        assertEquals("它可以回答", text.substring(qa.statements().get(0).begin(), qa.statements().get(0).end()));
    }

    @Test
    void aComparisonWithItsSubjectLeftOutIsTheTopics() {
        // Claude虽然有了很强的推理能力 | 甚至在某些方面超过了人类 这个问题很难 | 甚至超过了很多人的想象
        Claim beats = extraction.claims().stream().filter(c -> c.relation().equals("outperforms") && c.subject().label().equals("Claude")
                && c.object().label().equals("人类")).findFirst().orElseThrow();
        String text = extraction.transcript().text();
        Statement s = beats.statements().get(0);
        assertEquals("outperforms.topic-beats", s.ruleId());
        assertEquals("甚至在某些方面超过了人类", text.substring(s.begin(), s.end()));
        // the clause before 甚至超过了很多人的想象 names no model or company: nothing, and no term for what nothing is said of
        assertTrue(extraction.mentions().stream().noneMatch(m -> m.text().contains("想象")), "no term minted without a statement");
    }
}
