package org.claimgraph.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.extract.Certainty;
import org.claimgraph.extract.Claim;
import org.claimgraph.extract.Extraction;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Polarity;
import org.claimgraph.extract.Quantity;
import org.claimgraph.extract.Statement;
import org.claimgraph.ingest.Segment;
import org.claimgraph.ingest.Transcript;
import org.claimgraph.lexicon.Concept;
import org.claimgraph.lexicon.Lexicon;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one extraction as RDF: the transcript with its full text and segments, the mentions (NIF), the entities
 * (copied from the lexicon with their Wikidata/DBpedia links and those links' records, with mention counts), the
 * claim nodes with their evidence (Web Annotation) and provenance (PROV-O), and beside them the plain asserted
 * triples (subject relation object) of positive claims.
 * The result is the content of one named graph, named by the transcript's IRI.
 */
public final class ExtractionGraph {
    private final IriScheme iris;
    private final Lexicon lexicon;
    private final String softwareVersion;

    public ExtractionGraph(IriScheme iris, Lexicon lexicon, String softwareVersion) {
        this.iris = iris;
        this.lexicon = lexicon;
        this.softwareVersion = softwareVersion;
    }

    /** The graph of one extraction; {@code extractedAt} is recorded as the activity's prov:endedAtTime. */
    public NamedGraph build(Extraction extraction, Instant extractedAt) {
        Transcript t = extraction.transcript();
        Graph g = GraphFactory.createDefaultGraph();
        String tIri = iris.transcript(t.sourceName());
        Node transcript = uri(tIri);
        CodePoints cp = new CodePoints(t.text());

        Node activity = uri(IriScheme.extraction(tIri));
        add(g, activity, RDF.Nodes.type, CG.Nodes.ExtractionActivity);
        add(g, activity, RDF.Nodes.type, PROV.Activity);
        add(g, activity, PROV.used, transcript);
        add(g, activity, PROV.endedAtTime, NodeFactory.createLiteralDT(extractedAt.toString(), XSDDatatype.XSDdateTime));
        add(g, activity, CG.Nodes.softwareVersion, literal(softwareVersion));
        add(g, activity, RDFS.Nodes.label, NodeFactory.createLiteralLang("ClaimGraph " + softwareVersion + " extraction of " + t.sourceName(), "en"));

        writeTranscript(g, t, transcript, cp);
        Map<Mention, Node> mentionNodes = writeMentions(g, extraction.mentions(), tIri, transcript, cp);
        Map<Quantity, Node> quantityNodes = writeQuantities(g, extraction.quantities(), tIri, transcript, cp);
        for (Claim c : extraction.claims()) writeClaim(g, c, t, tIri, transcript, activity, mentionNodes, quantityNodes, cp);
        return new NamedGraph(transcript, g);
    }

    private void writeTranscript(Graph g, Transcript t, Node transcript, CodePoints cp) {
        add(g, transcript, RDF.Nodes.type, CG.Nodes.Transcript);
        add(g, transcript, RDF.Nodes.type, NIF.Context);
        add(g, transcript, NIF.isString, literal(t.text()));
        add(g, transcript, NIF.beginIndex, nonNegative(0));
        add(g, transcript, NIF.endIndex, nonNegative(cp.offset(t.text().length())));
        add(g, transcript, DCTerms.title.asNode(), literal(t.sourceName()));
        add(g, transcript, DCTerms.source.asNode(), literal(t.sourceName()));
        add(g, transcript, DCTerms.language.asNode(), literal(t.language()));
        add(g, transcript, DCTerms.format.asNode(), literal(t.format()));
        add(g, transcript, CG.Nodes.contentHash, literal(t.contentHash()));
        add(g, transcript, CG.Nodes.characterCount, integer(cp.offset(t.text().length())));
        add(g, transcript, RDFS.Nodes.label, literal(t.sourceName()));
        List<Segment> segments = t.segments();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            Node seg = uri(IriScheme.segment(transcript.getURI(), i + 1));
            add(g, seg, RDF.Nodes.type, CG.Nodes.Segment);
            add(g, seg, CG.Nodes.segmentOf, transcript);
            add(g, seg, NIF.referenceContext, transcript);
            add(g, seg, NIF.beginIndex, nonNegative(cp.offset(s.begin())));
            add(g, seg, NIF.endIndex, nonNegative(cp.offset(s.end())));
            if (s.startSeconds() != null) add(g, seg, CG.Nodes.startTime, decimal(s.startSeconds()));
            if (s.endSeconds() != null) add(g, seg, CG.Nodes.endTime, decimal(s.endSeconds()));
            if (s.speaker() != null) add(g, seg, CG.Nodes.speaker, speaker(g, s.speaker()));
        }
    }

    /** The speaker's entity, described in the graph; one per name across transcripts. */
    private Node speaker(Graph g, String name) {
        Node speaker = uri(iris.speaker(name));
        String lang = name.codePoints().anyMatch(c -> c > 0x2E80) ? "zh" : "en";
        add(g, speaker, RDF.Nodes.type, CG.Nodes.Entity);
        add(g, speaker, RDF.Nodes.type, SKOS.Concept.asNode());
        add(g, speaker, RDF.Nodes.type, CG.Nodes.Person);
        add(g, speaker, RDF.Nodes.type, PROV.Person);
        add(g, speaker, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(name, lang));
        add(g, speaker, RDFS.Nodes.label, NodeFactory.createLiteralLang(name, lang));
        return speaker;
    }

    private Map<Mention, Node> writeMentions(Graph g, List<Mention> mentions, String tIri, Node transcript, CodePoints cp) {
        Map<Mention, Node> nodes = new HashMap<>();
        java.util.Set<Concept> entities = new java.util.LinkedHashSet<>();  // in order of first mention
        for (Mention m : mentions) {
            long b = cp.offset(m.begin()), e = cp.offset(m.end());
            Node mention = phrase(g, IriScheme.mention(tIri, b, e), CG.Nodes.Mention, transcript, b, e, m.text());
            nodes.put(m, mention);
            add(g, mention, NIF.taIdentRef, uri(m.concept().iri()));
            add(g, mention, CG.Nodes.matchedLabel, literal(m.matchedLabel()));
            entities.add(m.concept());
        }
        entities.forEach(concept -> writeEntity(g, concept));
        return nodes;
    }

    private static Map<Quantity, Node> writeQuantities(Graph g, List<Quantity> quantities, String tIri, Node transcript, CodePoints cp) {
        Map<Quantity, Node> nodes = new HashMap<>();
        for (Quantity q : quantities) {
            long b = cp.offset(q.begin()), e = cp.offset(q.end());
            Node node = phrase(g, IriScheme.quantity(tIri, b, e), CG.Nodes.Quantity, transcript, b, e, q.text());
            nodes.put(q, node);
            add(g, node, CG.Nodes.amount, literal(q.amount()));
            add(g, node, CG.Nodes.unit, literal(q.unit()));
        }
        return nodes;
    }

    /** A NIF phrase of the transcript, of the given class, {@code [b, e)} in code points. */
    private static Node phrase(Graph g, String iri, Node type, Node transcript, long b, long e, String text) {
        Node node = uri(iri);
        add(g, node, RDF.Nodes.type, type);
        add(g, node, RDF.Nodes.type, NIF.Phrase);
        add(g, node, NIF.referenceContext, transcript);
        add(g, node, NIF.beginIndex, nonNegative(b));
        add(g, node, NIF.endIndex, nonNegative(e));
        add(g, node, NIF.anchorOf, literal(text));
        return node;
    }

    private void writeEntity(Graph g, Concept concept) {
        Node entity = uri(concept.iri());
        add(g, entity, RDF.Nodes.type, CG.Nodes.Entity);
        add(g, entity, RDF.Nodes.type, SKOS.Concept.asNode());
        add(g, entity, RDF.Nodes.type, uri(concept.typeIri()));
        List<Triple> described = lexicon.concept(concept.iri()) != null ? lexicon.describe(concept.iri()) : List.of();
        described.forEach(g::add);
        writeLinkRecords(g, entity);
        if (described.isEmpty()) {
            String lang = concept.label().codePoints().anyMatch(c -> c > 0x2E80) ? "zh" : "en";
            add(g, entity, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(concept.label(), lang));
        }
        add(g, entity, RDFS.Nodes.label, NodeFactory.createLiteralLang(concept.label(),
                concept.label().codePoints().anyMatch(c -> c > 0x2E80) ? "zh" : "en"));
    }

    /**
     * The records of the entity's links to Wikidata and DBpedia (cg:EntityLink: where each was checked, how sure),
     * copied with the links themselves so that a transcript's graph, read on its own, says where its links come from.
     */
    private void writeLinkRecords(Graph g, Node entity) {
        Graph vocabulary = lexicon.graph();
        for (Triple link : vocabulary.find(Node.ANY, CG.Nodes.linkSubject, entity).toList()) {
            vocabulary.find(link.getSubject(), Node.ANY, Node.ANY).forEach(g::add);
        }
    }

    private void writeClaim(Graph g, Claim c, Transcript t, String tIri, Node transcript, Node activity, Map<Mention, Node> mentionNodes,
                            Map<Quantity, Node> quantityNodes, CodePoints cp) {
        String text = t.text();
        String claimIri = iris.claim(c.subject().iri(), c.relation(), c.object().iri(), c.polarity());
        Node claim = uri(claimIri);
        Node subject = uri(c.subject().iri());
        Node relation = CG.relation(c.relation()).asNode();
        Node object = uri(c.object().iri());
        add(g, claim, RDF.Nodes.type, CG.Nodes.Claim);
        add(g, claim, RDF.Nodes.type, RDF.Nodes.Statement);
        add(g, claim, RDF.Nodes.subject, subject);
        add(g, claim, RDF.Nodes.predicate, relation);
        add(g, claim, RDF.Nodes.object, object);
        add(g, claim, CG.Nodes.polarity, c.polarity() == Polarity.POSITIVE ? CG.Nodes.positive : CG.Nodes.negative);
        add(g, claim, PROV.wasGeneratedBy, activity);
        add(g, claim, RDFS.Nodes.label, NodeFactory.createLiteralLang(
                (c.polarity() == Polarity.NEGATIVE ? "not: " : "") + c.subject().label() + " " + c.relation() + " " + c.object().label(), "en"));
        if (c.polarity() == Polarity.POSITIVE) add(g, subject, relation, object);

        for (Statement s : c.statements()) {
            long b = cp.offset(s.begin()), e = cp.offset(s.end());
            String evIri = IriScheme.evidence(tIri, claimIri, b, e);
            Node ev = uri(evIri);
            Node target = uri(evIri + "-target");
            Node position = uri(evIri + "-position");
            Node quote = uri(evIri + "-quote");
            add(g, claim, CG.Nodes.hasEvidence, ev);
            add(g, ev, RDF.Nodes.type, CG.Nodes.Evidence);
            add(g, ev, RDF.Nodes.type, OA.Annotation);
            add(g, ev, OA.motivatedBy, OA.describing);
            add(g, ev, OA.hasBody, claim);
            add(g, ev, OA.hasTarget, target);
            add(g, ev, CG.Nodes.certainty, certainty(s.certainty()));
            if (s.cue() != null) add(g, ev, CG.Nodes.certaintyCue, literal(s.cue()));
            add(g, ev, CG.Nodes.rule, literal(s.ruleId()));
            for (Quantity q : s.quantities()) add(g, ev, CG.Nodes.quantity, quantityNodes.get(q));
            if (s.aspect() != null) add(g, ev, CG.Nodes.aspect, uri(s.aspect().concept().iri()));
            if (s.year() != null) add(g, ev, CG.Nodes.year, NodeFactory.createLiteralDT(s.year(), XSDDatatype.XSDgYear));
            add(g, ev, CG.Nodes.subjectMention, mentionNodes.get(s.subjectMention()));
            add(g, ev, CG.Nodes.objectMention, mentionNodes.get(s.objectMention()));
            List<Segment> spokenIn = segmentsOverlapping(t.segments(), s.begin(), s.end());
            Node speaker = speakerOf(g, spokenIn);
            if (speaker != null) add(g, ev, CG.Nodes.speaker, speaker);
            if (s.attributedTo() != null) {
                add(g, ev, CG.Nodes.attributedMention, mentionNodes.get(s.attributedTo()));
                add(g, ev, PROV.wasAttributedTo, uri(s.attributedTo().concept().iri()));
            } else if (speaker != null) {
                add(g, ev, PROV.wasAttributedTo, speaker);
            }
            add(g, ev, PROV.wasGeneratedBy, activity);
            add(g, target, RDF.Nodes.type, OA.SpecificResource);
            add(g, target, OA.hasSource, transcript);
            add(g, target, OA.hasSelector, position);
            add(g, target, OA.hasSelector, quote);
            add(g, position, RDF.Nodes.type, OA.TextPositionSelector);
            add(g, position, OA.start, nonNegative(b));
            add(g, position, OA.end, nonNegative(e));
            add(g, quote, RDF.Nodes.type, OA.TextQuoteSelector);
            add(g, quote, OA.exact, literal(text.substring(s.begin(), s.end())));
            String time = mediaFragment(spokenIn);
            if (time != null) {
                Node fragment = uri(evIri + "-time");
                add(g, target, OA.hasSelector, fragment);
                add(g, fragment, RDF.Nodes.type, OA.FragmentSelector);
                add(g, fragment, DCTerms.conformsTo.asNode(), OA.MEDIA_FRAGMENTS);
                add(g, fragment, RDF.Nodes.value, literal(time));
            }
        }
    }

    /** The segments a span of text overlaps, in order. */
    static List<Segment> segmentsOverlapping(List<Segment> segments, int begin, int end) {
        List<Segment> out = new java.util.ArrayList<>();
        for (Segment s : segments) if (s.begin() < end && begin < s.end()) out.add(s);
        return out;
    }

    /** The speaker of the segments a statement was made in, when they name exactly one. */
    private Node speakerOf(Graph g, List<Segment> spokenIn) {
        String name = null;
        for (Segment s : spokenIn) {
            if (s.speaker() == null) continue;
            if (name != null && !name.equals(s.speaker())) return null;
            name = s.speaker();
        }
        return name == null ? null : speaker(g, name);
    }

    /**
     * The stretch of the recording a statement was made in, as a Media Fragments time range ({@code t=12.5,18}):
     * from the start of its first timed segment to the end of its last; null when the input has no times.
     */
    static String mediaFragment(List<Segment> spokenIn) {
        Double start = null, end = null;
        for (Segment s : spokenIn) {
            if (start == null && s.startSeconds() != null) start = s.startSeconds();
            if (s.endSeconds() != null) end = s.endSeconds();
            else if (s.startSeconds() != null) end = null;
        }
        if (start == null) return null;
        String from = java.math.BigDecimal.valueOf(start).stripTrailingZeros().toPlainString();
        if (end == null || end < start) return "t=" + from;
        return "t=" + from + "," + java.math.BigDecimal.valueOf(end).stripTrailingZeros().toPlainString();
    }

    private static Node certainty(Certainty c) {
        return CG.Nodes.certaintyLevel(c.term());
    }

    private static void add(Graph g, Node s, Node p, Node o) { g.add(Triple.create(s, p, o)); }
    private static Node uri(String iri) { return NodeFactory.createURI(iri); }
    private static Node literal(String s) { return NodeFactory.createLiteralString(s); }
    private static Node integer(long n) { return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger); }
    private static Node nonNegative(long n) { return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDnonNegativeInteger); }
    private static Node decimal(double d) { return NodeFactory.createLiteralDT(java.math.BigDecimal.valueOf(d).toPlainString(), XSDDatatype.XSDdecimal); }
}
