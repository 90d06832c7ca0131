package org.claimgraph.extract;

import org.claimgraph.util.DataFiles;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class RulesAndCuesTest {
    private static final Set<String> RELATIONS = Set.of("improves", "basedOn", "requires", "hasLimitation");

    @Test
    void theBundledRulesAndCuesParseAndUseOnlyOntologyRelations() {
        Set<String> relations = Extractor.ontologyRelations();
        assertTrue(relations.containsAll(Set.of("improves", "outperforms", "basedOn", "hasVersion", "trainedOn", "developedBy",
                "interleaves", "hasLimitation", "enables", "requires", "predictedFor", "states", "dominates")), relations.toString());
        List<RelationRule> rules = RelationRules.parse(DataFiles.read(Extractor.RULES_FILE), "relations.rules", relations);
        assertTrue(rules.size() >= 8);
        Cues cues = Cues.parse(DataFiles.read(Extractor.CUES_FILE), "cues.tsv");
        assertTrue(cues.discourse().contains("然后"));
        assertTrue(cues.negation().contains("不"));
        assertEquals(Set.of("Model", "Organisation"), cues.antecedentTypes("它").get(0));
    }

    @Test
    void macrosExpandAndRulesCompile() {
        String text = """
                define ENT = [{entity:/.+/}]
                rule r1  # a comment
                  relation improves
                  pattern (?$subj $ENT+) (?$pred /提升/) (?$obj $ENT+)
                """;
        List<RelationRule> rules = RelationRules.parse(text, "t.rules", RELATIONS);
        assertEquals("r1", rules.get(0).id());
        assertEquals("improves", rules.get(0).relation());
        assertFalse(rules.get(0).negative());
        RelationRule denial = RelationRules.parse("rule r2\n relation improves\n polarity negative\n pattern (?$subj []) (?$pred [{clause:start}]) (?$obj [])",
                "t.rules", RELATIONS).get(0);
        assertTrue(denial.negative());
        RelationRule mutual = RelationRules.parse("rule r3\n relation improves\n reciprocal\n pattern (?$subj []) (?$pred /互相/)",
                "t.rules", RELATIONS).get(0);
        assertTrue(mutual.reciprocal(), "a reciprocal rule needs no object group");
        RelationRule topical = RelationRules.parse("rule r4\n relation improves\n subject topic Model, Capability\n modality as data\n pattern (?$pred /难点/) (?$obj [])",
                "t.rules", RELATIONS).get(0);
        assertEquals(java.util.Set.of("Model", "Capability"), topical.topicClasses(), "a topic rule needs no subject group");
        assertEquals(ModalityAs.DATA, topical.modalityAs());
        assertEquals(null, mutual.modalityAs());
        assertEquals(ModalityAs.GENERATION, RelationRules.parse("rule r5\n relation improves\n modality as generation\n pattern (?$subj []) (?$pred /生成/) (?$obj [])",
                "t.rules", RELATIONS).get(0).modalityAs());
        assertEquals(null, mutual.topicClasses());
        assertEquals(null, mutual.objectFrom());
        assertEquals(new RelationRule.FromPrevious("improves", false), RelationRules.parse("rule r6\n relation improves\n object previous\n pattern (?$subj []) (?$pred /占/)",
                "t.rules", RELATIONS).get(0).objectFrom(), "a rule whose object is the previous statement's needs no object group");
        assertEquals(new RelationRule.FromPrevious("basedOn", false), RelationRules.parse("rule r7\n relation improves\n object previous basedOn\n pattern (?$subj []) (?$pred /占/)",
                "t.rules", RELATIONS).get(0).objectFrom(), "or the previous statement of another relation");
        assertEquals(new RelationRule.FromPrevious("improves", false), RelationRules.parse("rule r8\n relation improves\n subject previous\n pattern (?$pred /到/) (?$obj [])",
                "t.rules", RELATIONS).get(0).subjectFrom(), "a rule whose subject is the previous statement's needs no subject group");
        assertEquals(new RelationRule.FromPrevious("hasLimitation", true), RelationRules.parse("rule r10\n relation requires\n subject previous hasLimitation object\n pattern (?$pred /需要/) (?$obj [])",
                "t.rules", RELATIONS).get(0).subjectFrom(), "or that statement's object");
        assertEquals(new RelationRule.FromPrevious("requires", true), RelationRules.parse("rule r11\n relation requires\n object previous subject\n pattern (?$subj []) (?$pred /需要/)",
                "t.rules", RELATIONS).get(0).objectFrom(), "and an object its subject");
        assertEquals(Set.of("Model"), RelationRules.parse("rule r9\n relation improves\n subject nearest Model\n pattern (?$obj []) (?$pred /不够/)",
                "t.rules", RELATIONS).get(0).nearestClasses(), "a rule whose subject is the nearest model needs no subject group");
    }

    @Test
    void rulesRunNearTheLiteralWordsOfTheirPredicate() {
        assertTrue(RelationRules.anchor("(?$subj []) (?$pred /比/) (?$obj [])").matcher("比").matches());
        java.util.regex.Pattern beat = RelationRules.anchor("(?$subj []) (?$pred (?: ( /超过|秒杀/ | /秒/ /杀/ ) )) (?$obj [])");
        for (String w : List.of("超过", "秒杀", "秒", "杀")) assertTrue(beat.matcher(w).matches(), w);
        assertFalse(beat.matcher("比").matches());
        java.util.regex.Pattern help = RelationRules.anchor("(?$subj []) (?$pred [{word:/帮助|提升/} & !{tag:/NN.*/}]+) (?$obj [])");
        assertTrue(help.matcher("提升").matches());
        assertFalse(help.matcher("NN").matches(), "a tag constraint is no anchor");
        assertNull(RelationRules.anchor("(?$subj []) (?$pred [{entity:\"base-model\"}]+) (?$obj [])"), "no literal word: runs everywhere");
        assertNull(RelationRules.anchor("(?$subj []) (?$pred /有/ | [{tag:VV}]) (?$obj [])"), "an alternative without a literal word");
        List<RelationRule> bundled = RelationRules.parse(DataFiles.read(Extractor.RULES_FILE), "relations.rules", Extractor.ontologyRelations());
        assertTrue(bundled.stream().filter(r -> r.anchor() != null).count() >= bundled.size() * 3 / 4, "most bundled rules have an anchor");
    }

    @Test
    void locativesNameTheClassesTheyStandFor() {
        Cues cues = Cues.parse(DataFiles.read(Extractor.CUES_FILE), "cues.tsv");
        assertEquals(Set.of("Dataset"), cues.locativeTypes("里面"));
        assertNull(cues.locativeTypes("它"));
        assertEquals(List.of(Set.of("Dataset", "Method")), cues.bareDemonstrativeTypes("这个"));
        assertEquals(List.of(), cues.bareDemonstrativeTypes("那个"), "那个 only points with a noun");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cues.parse("里面\tlocative\n", "cues.tsv"));
        assertTrue(e.getMessage().startsWith("cues.tsv line 1: a locative needs"), e.getMessage());
        assertEquals(Set.of("Capability"), cues.verbClassesAfter("可以"));
        assertNull(cues.verbClassesAfter("这个"));
        e = assertThrows(IllegalArgumentException.class, () -> Cues.parse("可以\tmodal\n", "cues.tsv"));
        assertTrue(e.getMessage().startsWith("cues.tsv line 1: a modal needs"), e.getMessage());
        assertEquals(Set.of("Method"), cues.verbClassesBefore("方式"));
        assertNull(cues.verbClassesBefore("可以"));
        e = assertThrows(IllegalArgumentException.class, () -> Cues.parse("方式\tmanner\n", "cues.tsv"));
        assertTrue(e.getMessage().startsWith("cues.tsv line 1: a manner noun needs"), e.getMessage());
        assertTrue(cues.opensFrame("从") && cues.closesFrame("来说") && !cues.opensFrame("来说"));
        e = assertThrows(IllegalArgumentException.class, () -> Cues.parse("从\tframe\tinside\n", "cues.tsv"));
        assertTrue(e.getMessage().startsWith("cues.tsv line 1: a frame word is said before or after"), e.getMessage());
        assertTrue(cues.isRecall("刚才") && cues.isSaying("提到"));
        assertFalse(cues.isRecall("提到") || cues.isSaying("刚才"));
        assertTrue(cues.asksAbout("为什么") && !cues.asksAbout("什么"));
        assertTrue(Cues.parse("为何\tasked\n", "cues.tsv").asksAbout("为何"), "a word kind needs no value");
        assertFalse(Cues.parse("为何\tasked\n", "cues.tsv").isGeneric("为何"));
    }

    @Test
    void mistakesAreReportedWithFileLineAndFix() {
        assertError("t.rules line 2: unknown relation \"helps\"", "rule r\n relation helps\n pattern (?$subj [])(?$pred [])(?$obj [])");
        assertError("t.rules line 3: rule r needs a group (?$obj", "rule r\n relation improves\n pattern (?$subj []) (?$pred [])");
        assertError("t.rules line 3: macro $NP is not defined above", "rule r\n relation improves\n pattern (?$subj $NP) (?$pred []) (?$obj [])");
        assertError("t.rules line 1: rule r has no pattern", "rule r\n relation improves\n");
        assertError("t.rules line 1: unknown keyword \"rules\"", "rules r");
        assertError("t.rules line 3: write \"polarity negative\"", "rule r\n relation improves\n polarity maybe\n");
        assertError("t.rules line 4: rule r is reciprocal: its subject is its object, so it has no $obj group",
                "rule r\n relation improves\n reciprocal\n pattern (?$subj []) (?$pred []) (?$obj [])");
        assertError("t.rules line 3: write \"reciprocal\" alone", "rule r\n relation improves\n reciprocal yes\n");
        assertError("t.rules line 3: write \"subject topic CLASS,CLASS\"", "rule r\n relation improves\n subject Model\n");
        assertError("t.rules line 4: rule r takes its subject from the topic, so it has no $subj group",
                "rule r\n relation improves\n subject topic Model\n pattern (?$subj []) (?$pred []) (?$obj [])");
        assertError("t.rules line 3: write \"modality as data\" or \"modality as generation\"", "rule r\n relation improves\n modality data\n");
        assertError("t.rules line 3: write \"modality as data\" or \"modality as generation\"", "rule r\n relation improves\n modality as pictures\n");
        assertError("t.rules line 3: write \"object previous\" or \"object previous RELATION\"", "rule r\n relation improves\n object before\n");
        assertError("t.rules line 3: unknown relation \"helps\"", "rule r\n relation improves\n object previous helps\n");
        assertError("t.rules line 3: unknown relation \"hasLimitation subject\"", "rule r\n relation improves\n subject previous hasLimitation subject\n");
        assertError("t.rules line 4: rule r takes its subject from the previous statement, so it has no $subj group",
                "rule r\n relation improves\n subject previous\n pattern (?$subj []) (?$pred /到/) (?$obj [])\n");
        assertError("t.rules line 5: rule r takes its subject from one place",
                "rule r\n relation improves\n subject topic Model\n subject nearest Model\n pattern (?$pred /到/) (?$obj [])\n");
        assertError("t.rules line 5: rule r takes its subject from one place: the topic, the nearest mention or the previous statement",
                "rule r\n relation improves\n subject topic Model\n subject previous\n pattern (?$pred /到/) (?$obj [])\n");
        assertError("t.rules line 4: rule r takes its object from the previous statement, so it has no $obj group",
                "rule r\n relation improves\n object previous\n pattern (?$subj []) (?$pred /占/) (?$obj [])\n");
        assertError("t.rules line 3: rule r has a bad pattern", "rule r\n relation improves\n pattern (?$subj [{) (?$pred []) (?$obj [])");
    }

    @Test
    void cueFileMistakesNameTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cues.parse("# c\n可能\tcertainty\tmaybe\n", "cues.tsv"));
        assertTrue(e.getMessage().startsWith("cues.tsv line 2: unknown certainty \"maybe\""), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Cues.parse("可能\thedge\n", "cues.tsv"));
        assertTrue(e.getMessage().startsWith("cues.tsv line 1: unknown kind \"hedge\""), e.getMessage());
    }

    private static void assertError(String expectedStart, String rules) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RelationRules.parse(rules, "t.rules", RELATIONS));
        assertTrue(e.getMessage().startsWith(expectedStart), "got: " + e.getMessage());
    }
}
