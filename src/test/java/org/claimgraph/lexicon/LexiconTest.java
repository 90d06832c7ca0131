package org.claimgraph.lexicon;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.claimgraph.extract.Extractor;
import org.claimgraph.rdf.IriScheme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class LexiconTest {
    private static Lexicon lexicon;
    private static final String NS = IriScheme.defaults().entityNamespace();

    @BeforeAll
    static void load() {
        lexicon = Extractor.loadLexicon(IriScheme.defaults());
    }

    private static List<String> found(String text) {
        return lexicon.find(text).stream().map(m -> text.substring(m.begin(), m.end()) + "=" + m.concept().iri().substring(NS.length())).toList();
    }

    @Test
    void misheardFormsAreHiddenLabelsOfTheRightConcept() {
        assertEquals(List.of("达利=DALL-E"), found("数量其实比达利要多的"));
        assertEquals(List.of("多模特=multimodality"), found("乃至这种多模特的方式"));
        assertEquals(List.of("Solidity AI=StabilityAI"), found("就是以后像这个 Solidity AI这种"));
        assertEquals(List.of("币源模型=closed-source-model"), found("这些大厂的币源模型"));
        assertEquals(List.of("开源=open-source", "币源=closed-source"), found("是开源还是币源"));
        assertEquals(List.of("打模型=large-language-model"), found("关于打模型能力提升"));
        assertTrue(lexicon.find("达利").get(0).hidden());
    }

    @Test
    void spellingsOfOneTermAreOneConcept() {
        assertEquals(List.of("GPT3.5=GPT-3.5", "GPT-3.5=GPT-3.5", "GPT 3.5=GPT-3.5"), found("GPT3.5 GPT-3.5 GPT 3.5"));
        assertEquals(List.of("code=code-data", "代码数据=code-data"), found("code代码数据"));
    }

    @Test
    void longestMatchWinsAndLatinTermsMatchOnlyWholeWords() {
        assertEquals(List.of("多模态=multimodality"), found("多模态"));
        assertEquals(List.of(), found("barcodes in unicode"));
        assertEquals(List.of("ChatGPT=ChatGPT"), found("和这个ChatGPT聊天"));
    }

    @Test
    void englishTermsMatchInAnotherWordOrderOrForm() {
        assertEquals(List.of("manipulate symbolic=symbolic-manipulation"), reordered("提升了model在就是manipulate symbolic的能力"));
        assertEquals(List.of("generating images=image-generation"), reordered("它在generating images上面很强"));
        assertEquals(List.of(), reordered("the symbolic meaning of images"), "only adjacent words, all of a label's stems");
        assertEquals("manipul symbol", EnglishStems.key("Symbolic Manipulation"));
        assertEquals(EnglishStems.key("image generation"), EnglishStems.key("generate images"));
        assertNull(EnglishStems.key("GPT 4"), "digits are no English words");
        assertNotEquals(EnglishStems.key("base model"), EnglishStems.key("based models"), "a stem keeps four letters: based is not base");
        assertEquals(List.of(), reordered("it turns image to text"), "not text-to-image: with a preposition the order matters");
    }

    @Test
    void oneEnglishWordNamesAConceptInAnotherFormOfItsLabel() {
        assertEquals("reasoning", otherForm("reason"));
        assertEquals("translation", otherForm("translate"));
        assertEquals("generalization", otherForm("generalize"));
        assertEquals("conditioning", otherForm("condition"), "a verb made from a noun in -ion: conditioning is condition's");
        assertEquals(EnglishStems.wordKey("positioned"), EnglishStems.wordKey("position"));
        assertNull(otherForm("GPT"), "not a word of four letters or more");
        assertNull(otherForm("banana"), "no label with that stem");
    }

    private static String otherForm(String word) {
        var m = lexicon.inOtherForm(word, 0, word.length());
        return m == null ? null : m.concept().iri().substring(NS.length());
    }

    private static List<String> reordered(String text) {
        return lexicon.findReordered(text).stream().map(m -> text.substring(m.begin(), m.end()) + "=" + m.concept().iri().substring(NS.length())).toList();
    }

    @Test
    void aLabelOwnedByTwoConceptsIsRejectedNamingBoth() {
        Model m = ModelFactory.createDefaultModel();
        String ttl = """
                @prefix cg: <https://w3id.org/claimgraph/ns#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <a> a cg:Model ; skos:prefLabel "GPT-4"@en .
                <b> a cg:Model ; skos:prefLabel "GPT 4"@en .
                """;
        RDFParser.fromString(ttl, Lang.TURTLE).base("http://x/").parse(m);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lexicon.fromModel(m));
        assertTrue(e.getMessage().contains("<http://x/a>") && e.getMessage().contains("<http://x/b>"), e.getMessage());
    }

    @Test
    void theBundledLexiconIsSubstantial() {
        assertTrue(lexicon.size() >= 150, "lexicon has " + lexicon.size() + " concepts");
    }
}
