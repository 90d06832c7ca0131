package org.claimgraph.lexicon;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.Sample;
import org.claimgraph.extract.Extractor;
import org.claimgraph.rdf.CG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The lexicon's links to Wikidata and DBpedia (ontology/links.ttl): every link has one record with where it was
 * checked and how sure the check is, the record of checks (docs/entity-links-verification.tsv) covers every link,
 * identifiers are well formed, and no link claims identity (owl:sameAs).
 */
class EntityLinksTest {
    private static final String E = Sample.IRIS.entityNamespace();
    private static final String WD = "http://www.wikidata.org/entity/";
    private static final String DBR = "http://dbpedia.org/resource/";
    private static final Path VERIFICATION = Path.of("docs/entity-links-verification.tsv");
    private static final Pattern WIKIDATA_ITEM = Pattern.compile("http://www\\.wikidata\\.org/entity/Q[1-9][0-9]*");

    private static Graph vocabulary;
    private static List<Triple> links;

    @BeforeAll
    static void load() {
        vocabulary = Sample.claimGraph().vocabularyGraph().graph();
        links = vocabulary.find(Node.ANY, SKOS.exactMatch.asNode(), Node.ANY).toList();
    }

    private static Node uri(String iri) { return NodeFactory.createURI(iri); }

    /** The records naming the triple {@code subject skos:exactMatch target}. */
    private static List<Node> recordsOf(Node subject, Node target) {
        List<Node> records = new ArrayList<>();
        vocabulary.find(Node.ANY, CG.Nodes.linkSubject, subject).forEach(t -> {
            Node r = t.getSubject();
            if (vocabulary.contains(r, CG.Nodes.linkProperty, SKOS.exactMatch.asNode()) && vocabulary.contains(r, CG.Nodes.linkTarget, target)) {
                records.add(r);
            }
        });
        return records;
    }

    private static BigDecimal confidence(Node record) {
        List<Triple> c = vocabulary.find(record, CG.Nodes.confidence, Node.ANY).toList();
        assertEquals(1, c.size(), "one cg:confidence on " + record);
        Node value = c.get(0).getObject();
        assertTrue(value.isLiteral() && value.getLiteralDatatypeURI().equals("http://www.w3.org/2001/XMLSchema#decimal"), "xsd:decimal: " + value);
        return new BigDecimal(value.getLiteralLexicalForm());
    }

    @Test
    void everyExactMatchHasOneRecordWithItsSourceAndAConfidenceFromZeroToOne() {
        assertFalse(links.isEmpty());
        for (Triple link : links) {
            List<Node> records = recordsOf(link.getSubject(), link.getObject());
            assertEquals(1, records.size(), "records of " + link);
            Node record = records.get(0);
            assertTrue(vocabulary.contains(record, org.apache.jena.vocabulary.RDF.Nodes.type, CG.Nodes.EntityLink), record + " is a cg:EntityLink");
            List<Triple> sources = vocabulary.find(record, DCTerms.source.asNode(), Node.ANY).toList();
            assertFalse(sources.isEmpty(), "dct:source of " + record);
            sources.forEach(s -> assertFalse(s.getObject().isLiteral() && s.getObject().getLiteralLexicalForm().isBlank(), "empty dct:source on " + record));
            BigDecimal c = confidence(record);
            assertTrue(c.signum() >= 0 && c.compareTo(BigDecimal.ONE) <= 0, record + " confidence " + c);
        }
    }

    @Test
    void everyRecordDescribesALinkThatIsAsserted() {
        List<Triple> records = vocabulary.find(Node.ANY, CG.Nodes.linkSubject, Node.ANY).toList();
        assertEquals(links.size(), records.size(), "one record per link and one link per record");
        for (Triple r : records) {
            Node target = vocabulary.find(r.getSubject(), CG.Nodes.linkTarget, Node.ANY).next().getObject();
            assertTrue(vocabulary.contains(r.getObject(), SKOS.exactMatch.asNode(), target), r.getSubject() + " describes an asserted link");
        }
    }

    @Test
    void knownLinksArePresentWithTheirRecords() {
        Node chatgpt = uri(E + "ChatGPT");
        List<Node> wikidata = recordsOf(chatgpt, uri(WD + "Q115564437"));
        assertEquals(List.of(uri(E + "ChatGPT#wikidata")), wikidata);
        assertEquals(new BigDecimal("0.95"), confidence(wikidata.get(0)));
        String source = vocabulary.find(wikidata.get(0), DCTerms.source.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
        assertTrue(source.contains("60421226587"), source);
        assertEquals(List.of(uri(E + "ChatGPT#dbpedia")), recordsOf(chatgpt, uri(DBR + "ChatGPT")));

        assertEquals(1, recordsOf(uri(E + "GPT-4"), uri(DBR + "GPT-4")).size());
        assertEquals(1, recordsOf(uri(E + "BERT"), uri(DBR + "BERT_(language_model)")).size());
        Node andrewNg = recordsOf(uri(E + "AndrewNg"), uri(DBR + "Andrew_Ng")).get(0);
        assertTrue(vocabulary.contains(andrewNg, DCTerms.source.asNode(), uri("https://en.wikipedia.org/wiki/Andrew_Ng")),
                "a stored web page is named by its IRI");
        // Q115564437 was once proposed for GPT-3.5; it is ChatGPT's, and GPT-3.5 has no checked id.
        assertFalse(vocabulary.contains(uri(E + "GPT-3.5"), SKOS.exactMatch.asNode(), Node.ANY));
    }

    @Test
    void theLexiconCarriesItsLinksSoEntitiesWrittenFromItDo() {
        Lexicon lexicon = Extractor.loadLexicon(Sample.IRIS);
        List<Triple> described = lexicon.describe(E + "ChatGPT");
        assertTrue(described.contains(Triple.create(uri(E + "ChatGPT"), SKOS.exactMatch.asNode(), uri(WD + "Q115564437"))), described.toString());
        assertTrue(described.contains(Triple.create(uri(E + "ChatGPT"), SKOS.exactMatch.asNode(), uri(DBR + "ChatGPT"))), described.toString());
        assertNull(lexicon.concept(E + "ChatGPT#wikidata"), "a link record is no concept of the lexicon");
    }

    @Test
    void noLinkClaimsIdentity() {
        assertFalse(vocabulary.find(Node.ANY, OWL.sameAs.asNode(), Node.ANY).hasNext(),
                "concepts link with skos:exactMatch; owl:sameAs would make the SKOS concept the thing itself");
    }

    @Test
    void identifiersAreWellFormedAndOnePerDatasetAndConcept() {
        Map<Node, Set<String>> wikidataOf = new HashMap<>(), dbpediaOf = new HashMap<>();
        Map<String, Node> conceptOfItem = new HashMap<>();
        for (Triple link : links) {
            String target = link.getObject().getURI();
            assertTrue(link.getSubject().getURI().startsWith(E), "links start from lexicon concepts: " + link);
            if (target.startsWith(WD)) {
                assertTrue(WIKIDATA_ITEM.matcher(target).matches(), "a Wikidata item IRI (entity/Q<number>): " + target);
                wikidataOf.computeIfAbsent(link.getSubject(), k -> new TreeSet<>()).add(target);
                Node other = conceptOfItem.put(target, link.getSubject());
                assertTrue(other == null || other.equals(link.getSubject()), target + " is matched by " + other + " and " + link.getSubject());
            } else if (target.startsWith(DBR)) {
                String title = target.substring(DBR.length());
                assertTrue(!title.isEmpty() && title.chars().noneMatch(Character::isWhitespace) && !title.contains("%")
                        && !title.startsWith("_") && !Character.isLowerCase(title.codePointAt(0)),
                        "a DBpedia resource named by an English Wikipedia title (spaces as underscores, first letter capital): " + target);
                dbpediaOf.computeIfAbsent(link.getSubject(), k -> new TreeSet<>()).add(target);
            } else {
                fail("links go to Wikidata or DBpedia: " + link);
            }
        }
        wikidataOf.forEach((c, ts) -> assertEquals(1, ts.size(), c + " matches " + ts));
        dbpediaOf.forEach((c, ts) -> assertEquals(1, ts.size(), c + " matches " + ts));
        assertTrue(wikidataOf.size() >= 80 && dbpediaOf.size() >= 80, "wikidata " + wikidataOf.size() + ", dbpedia " + dbpediaOf.size());
    }

    @Test
    void theRecordOfChecksCoversEveryLinkAndEveryConcept() throws IOException {
        List<String> lines = Files.readAllLines(VERIFICATION, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("concept\tlink\tconfidence\t"), lines.get(0));
        Map<String, String> confidenceOfRow = new HashMap<>();
        Set<String> concepts = new TreeSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            assertEquals(6, f.length, "six columns: " + line);
            concepts.add(f[0]);
            if (f[1].equals("-")) {
                assertTrue(f[5].startsWith("no Wikidata link: "), "an unlinked concept says why: " + line);
                continue;
            }
            assertFalse(f[3].isBlank() || f[4].isBlank(), "evidence and excerpt: " + line);
            String target = f[1].startsWith("wd:") ? WD + f[1].substring(3) : DBR + f[1].substring(4);
            assertNull(confidenceOfRow.put(f[0] + " " + target, f[2]), "one row per link: " + line);
        }
        Map<String, String> confidenceOfLink = links.stream().collect(Collectors.toMap(
                l -> l.getSubject().getURI().substring(E.length()) + " " + l.getObject().getURI(),
                l -> confidence(recordsOf(l.getSubject(), l.getObject()).get(0)).stripTrailingZeros().toPlainString()));
        Map<String, String> rows = new HashMap<>();
        confidenceOfRow.forEach((k, v) -> rows.put(k, new BigDecimal(v).stripTrailingZeros().toPlainString()));
        assertEquals(new TreeSet<>(confidenceOfLink.keySet()), new TreeSet<>(rows.keySet()), "the record lists exactly the links");
        assertEquals(confidenceOfLink, rows, "the record and ontology/links.ttl agree on confidence");
        Set<String> lexiconConcepts = new TreeSet<>();
        vocabulary.find(Node.ANY, SKOS.inScheme.asNode(), Node.ANY).forEach(t -> lexiconConcepts.add(t.getSubject().getURI().substring(E.length())));
        assertEquals(lexiconConcepts, concepts, "every lexicon concept has a row: its links, or why it has none");
    }

    @Test
    void theLinksFileIsPackedIntoTheJar() {
        assertNotNull(EntityLinksTest.class.getClassLoader().getResource("claimgraph/" + Extractor.LINKS_FILE),
                "ontology/ is copied into the jar (pom.xml resources), links.ttl with it");
    }
}
