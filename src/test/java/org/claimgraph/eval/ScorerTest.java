package org.claimgraph.eval;

import org.claimgraph.Sample;
import org.claimgraph.extract.Certainty;
import org.claimgraph.extract.Claim;
import org.claimgraph.extract.Extractor;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Polarity;
import org.claimgraph.extract.Statement;
import org.claimgraph.ingest.InputException;
import org.claimgraph.lexicon.Concept;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.IriScheme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ScorerTest {
    private static final IriScheme IRIS = IriScheme.defaults();
    private static final String TEXT = "我觉得code代码数据肯定能帮助reasoning 然后GPT3.5有两个version";
    private static Lexicon lexicon;
    private static Scorer scorer;

    @BeforeAll
    static void load() {
        lexicon = Extractor.loadLexicon(IRIS);
        scorer = new Scorer(lexicon, IRIS);
    }

    private static Claim claim(String subject, String relation, String object, Polarity polarity, Certainty certainty, int begin, int end) {
        Concept s = lexicon.concept(IRIS.entityNamespace() + subject);
        Concept o = lexicon.concept(IRIS.entityNamespace() + object);
        if (o == null) o = new Concept(IRIS.term(object), CG.Concept.getURI(), object);
        Mention ms = new Mention(begin, begin + 1, "x", s, "x", false);
        Mention mo = new Mention(end - 1, end, "y", o, "y", false);
        return new Claim(s, relation, o, polarity, List.of(new Statement(begin, end, certainty, null, "r", ms, mo)));
    }

    private static GoldClaim gold(String subject, String relation, String object, String certainty, int start, int end) {
        return new GoldClaim(subject, relation, object, "positive", certainty, null, List.of(new GoldClaim.Span(start, end, TEXT.substring(start, end))));
    }

    @Test
    void entitiesMatchByLexiconNameLabelOrMisheardFormAndTermsByNormalisedLabel() {
        assertEquals(IRIS.entityNamespace() + "code-data", scorer.goldKey("code-data"));
        assertEquals(IRIS.entityNamespace() + "code-data", scorer.goldKey("代码数据"));
        assertEquals(IRIS.entityNamespace() + "DALL-E", scorer.goldKey("达利"));
        assertEquals(IRIS.entityNamespace() + "GPT-3.5", scorer.goldKey("GPT 3.5"));
        assertEquals(IRIS.time("2023"), scorer.goldKey("2023"));
        assertEquals(IRIS.entityNamespace() + "code-data", scorer.goldKey(IRIS.entityNamespace() + "code-data"), "an entity IRI works too");
        assertEquals(scorer.goldKey("text version"), scorer.goldKey(IRIS.term("text version")));
        assertEquals("improves", GoldFile.localName("cg:improves"));
        assertEquals("improves", GoldFile.localName("https://w3id.org/claimgraph/ns#improves"));
        assertEquals(scorer.goldKey("Text Version"), scorer.systemKey(new Concept(IRIS.term("text version"), CG.Concept.getURI(), "text version")));
    }

    @Test
    void precisionRecallAndAgreementCountWhatTheyShould() {
        List<GoldClaim> g = List.of(
                gold("code-data", "improves", "reasoning", "hedged", 3, 27),
                gold("GPT-3.5", "hasVersion", "text version", "asserted", 31, 44),
                gold("ChatGPT", "basedOn", "GPT-3.5", "asserted", 31, 37));
        List<Claim> system = List.of(
                claim("code-data", "improves", "reasoning", Polarity.POSITIVE, Certainty.ASSERTED, 5, 27),
                claim("GPT-3.5", "hasVersion", "code version", Polarity.POSITIVE, Certainty.ASSERTED, 31, 44),
                claim("reasoning", "improves", "code-data", Polarity.POSITIVE, Certainty.ASSERTED, 5, 27));
        Score s = scorer.score(g, system, TEXT);
        assertEquals(new Score.Counts(3, 3, 1), s.overall());
        assertEquals(1.0 / 3, s.overall().precision(), 1e-9);
        assertEquals(1.0 / 3, s.overall().recall(), 1e-9);
        assertEquals(0, s.certaintyAgree(), "hedged in gold, asserted by the system");
        assertEquals(1, s.polarityAgree());
        assertEquals(new Score.Counts(1, 2, 1), s.byRelation().get("improves"));
        assertEquals(new Score.Counts(1, 0, 0), s.byRelation().get("basedOn"));
        assertEquals(2, s.missed().size());
        assertEquals(2, s.spurious().size());
    }

    @Test
    void theSameTripleElsewhereInTheTextIsNotAMatch() {
        List<GoldClaim> g = List.of(gold("code-data", "improves", "reasoning", "asserted", 3, 10));
        Score s = scorer.score(g, List.of(claim("code-data", "improves", "reasoning", Polarity.POSITIVE, Certainty.ASSERTED, 31, 44)), TEXT);
        assertEquals(0, s.overall().correct());
    }

    @Test
    void aGoldFileWhoseQuoteDoesNotMatchTheTextIsRejected(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("g.json"), """
                {"claims":[{"subject":"code-data","relation":"improves","object":"reasoning",
                  "evidence":[{"start":3,"end":7,"quote":"not this"}]}]}""");
        InputException e = assertThrows(InputException.class, () -> GoldFile.read(file, TEXT, Extractor.ontologyRelations()));
        assertTrue(e.getMessage().contains("quotes \"not this\" but the text at 3..7 is \"code\""), e.getMessage());
        Path bad = Files.writeString(dir.resolve("b.json"), "{\"claims\":[{\"subject\":\"a\",\"relation\":\"helps\",\"object\":\"b\"}]}");
        assertTrue(assertThrows(InputException.class, () -> GoldFile.read(bad, TEXT, Extractor.ontologyRelations()))
                .getMessage().contains("unknown relation \"helps\""));
    }

    /** The extractor's score on the bundled sample is held at what it reaches now; a change that lowers it fails here. */
    @Test
    void theSampleScoresAtLeastWhatTheExtractorReaches() throws Exception {
        List<GoldClaim> g = GoldFile.read(Path.of("src/test/resources/gold/ai-panel-2023.zh.gold.json"), Sample.text(), Extractor.ontologyRelations());
        assertEquals(59, g.size());
        Score s = new Scorer(Sample.extractor().lexicon(), Sample.IRIS).score(g, Sample.extraction().claims(), Sample.text());
        assertTrue(s.overall().precision() >= 1.0, () -> "precision " + s.overall().precision() + ", spurious: " + s.spurious());
        assertTrue(s.overall().recall() >= 59.0 / 59, () -> "recall " + s.overall().recall() + ", missed: " + s.missed());
        assertTrue(s.certaintyAgreement() >= 57.0 / 59, () -> "certainty agreement " + s.certaintyAgreement());
        assertTrue(s.polarityAgreement() >= 1.0, () -> "polarity agreement " + s.polarityAgreement());
    }
}
