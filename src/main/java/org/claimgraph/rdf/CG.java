package org.claimgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The ClaimGraph ontology's terms, one constant each, named as {@code ontology/claimgraph.ttl} names them.
 * {@link Nodes} holds the same terms for graph-level code.
 */
public final class CG {
    private CG() {}

    public static final String NS = "https://w3id.org/claimgraph/ns#";
    public static final String ONTOLOGY_IRI = "https://w3id.org/claimgraph/ns";

    private static Resource resource(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property property(String local) { return ResourceFactory.createProperty(NS, local); }

    // Classes
    public static final Resource Transcript         = resource("Transcript");
    public static final Resource Segment            = resource("Segment");
    public static final Resource Entity             = resource("Entity");
    public static final Resource Model              = resource("Model");
    public static final Resource Organisation       = resource("Organisation");
    public static final Resource Person             = resource("Person");
    public static final Resource Concept            = resource("Concept");
    public static final Resource Modality           = resource("Modality");
    public static final Resource Dataset            = resource("Dataset");
    public static final Resource Capability         = resource("Capability");
    public static final Resource Language           = resource("Language");
    public static final Resource Method             = resource("Method");
    public static final Resource Time               = resource("Time");
    public static final Resource Quantity           = resource("Quantity");
    public static final Resource Mention            = resource("Mention");
    public static final Resource Claim              = resource("Claim");
    public static final Resource Evidence           = resource("Evidence");
    public static final Resource CertaintyLevel     = resource("CertaintyLevel");
    public static final Resource Polarity           = resource("Polarity");
    public static final Resource ExtractionActivity = resource("ExtractionActivity");
    public static final Resource EntityLink         = resource("EntityLink");

    // Individuals
    public static final Resource asserted    = resource("asserted");
    public static final Resource hedged      = resource("hedged");
    public static final Resource reported    = resource("reported");
    public static final Resource speculative = resource("speculative");
    public static final Resource positive    = resource("positive");
    public static final Resource negative    = resource("negative");

    // Properties
    public static final Property segmentOf       = property("segmentOf");
    public static final Property contentHash     = property("contentHash");
    public static final Property characterCount  = property("characterCount");
    public static final Property startTime       = property("startTime");
    public static final Property endTime         = property("endTime");
    public static final Property speaker         = property("speaker");
    public static final Property mentionCount    = property("mentionCount");
    public static final Property matchedLabel    = property("matchedLabel");
    public static final Property hasEvidence     = property("hasEvidence");
    public static final Property supportCount    = property("supportCount");
    public static final Property certainty       = property("certainty");
    public static final Property certaintyCue    = property("certaintyCue");
    public static final Property polarity        = property("polarity");
    public static final Property rule            = property("rule");
    public static final Property subjectMention  = property("subjectMention");
    public static final Property objectMention   = property("objectMention");
    public static final Property attributedMention = property("attributedMention");
    public static final Property quantity        = property("quantity");
    public static final Property amount          = property("amount");
    public static final Property unit            = property("unit");
    public static final Property year            = property("year");
    public static final Property aspect          = property("aspect");
    public static final Property softwareVersion = property("softwareVersion");
    public static final Property sourceCount     = property("sourceCount");
    public static final Property byteSize        = property("byteSize");
    public static final Property loadedAt        = property("loadedAt");
    public static final Property loadedWith      = property("loadedWith");
    public static final Property sourcePath      = property("sourcePath");
    public static final Property readAs          = property("readAs");
    public static final Property relation        = property("relation");
    public static final Property linkSubject     = property("linkSubject");
    public static final Property linkProperty    = property("linkProperty");
    public static final Property linkTarget      = property("linkTarget");
    public static final Property confidence      = property("confidence");

    // Relations (sub-properties of cg:relation)
    public static final Property improves      = property("improves");
    public static final Property outperforms   = property("outperforms");
    public static final Property basedOn       = property("basedOn");
    public static final Property hasVersion    = property("hasVersion");
    public static final Property trainedOn     = property("trainedOn");
    public static final Property developedBy   = property("developedBy");
    public static final Property interleaves   = property("interleaves");
    public static final Property hasLimitation = property("hasLimitation");
    public static final Property enables       = property("enables");
    public static final Property hasCapability = property("hasCapability");
    public static final Property requires      = property("requires");
    public static final Property predictedFor  = property("predictedFor");
    public static final Property dominates     = property("dominates");
    public static final Property states        = property("states");

    /** The local name of a ClaimGraph term ({@code …ns#improves} → {@code improves}); any other IRI stays whole. */
    public static String localName(String iri) {
        return iri.startsWith(NS) ? iri.substring(NS.length()) : iri;
    }

    /** A relation of the ontology by its local name, e.g. {@code improves}; rules name relations this way. */
    public static Property relation(String localName) { return property(localName); }

    /** The same terms as graph nodes. */
    public static final class Nodes {
        private Nodes() {}
        private static Node uri(Resource r) { return NodeFactory.createURI(r.getURI()); }

        public static final Node Transcript         = uri(CG.Transcript);
        public static final Node Segment            = uri(CG.Segment);
        public static final Node Entity             = uri(CG.Entity);
        public static final Node Mention            = uri(CG.Mention);
        public static final Node Claim             = uri(CG.Claim);
        public static final Node Evidence           = uri(CG.Evidence);
        public static final Node ExtractionActivity = uri(CG.ExtractionActivity);
        public static final Node positive           = uri(CG.positive);
        public static final Node negative           = uri(CG.negative);
        public static final Node segmentOf          = uri(CG.segmentOf);
        public static final Node contentHash        = uri(CG.contentHash);
        public static final Node characterCount     = uri(CG.characterCount);
        public static final Node startTime          = uri(CG.startTime);
        public static final Node endTime            = uri(CG.endTime);
        public static final Node speaker            = uri(CG.speaker);
        public static final Node mentionCount       = uri(CG.mentionCount);
        public static final Node matchedLabel       = uri(CG.matchedLabel);
        public static final Node hasEvidence        = uri(CG.hasEvidence);
        public static final Node supportCount       = uri(CG.supportCount);
        public static final Node certainty          = uri(CG.certainty);
        public static final Node certaintyCue       = uri(CG.certaintyCue);
        public static final Node polarity           = uri(CG.polarity);
        public static final Node rule               = uri(CG.rule);
        public static final Node subjectMention     = uri(CG.subjectMention);
        public static final Node objectMention      = uri(CG.objectMention);
        public static final Node attributedMention  = uri(CG.attributedMention);
        public static final Node Quantity           = uri(CG.Quantity);
        public static final Node quantity           = uri(CG.quantity);
        public static final Node amount             = uri(CG.amount);
        public static final Node unit               = uri(CG.unit);
        public static final Node year               = uri(CG.year);
        public static final Node aspect             = uri(CG.aspect);
        public static final Node softwareVersion    = uri(CG.softwareVersion);
        public static final Node sourceCount        = uri(CG.sourceCount);
        public static final Node byteSize           = uri(CG.byteSize);
        public static final Node loadedAt           = uri(CG.loadedAt);
        public static final Node loadedWith         = uri(CG.loadedWith);
        public static final Node sourcePath         = uri(CG.sourcePath);
        public static final Node readAs             = uri(CG.readAs);
        public static final Node Person             = uri(CG.Person);
        public static final Node EntityLink         = uri(CG.EntityLink);
        public static final Node linkSubject        = uri(CG.linkSubject);
        public static final Node linkProperty       = uri(CG.linkProperty);
        public static final Node linkTarget         = uri(CG.linkTarget);
        public static final Node confidence         = uri(CG.confidence);

        /** cg:asserted, cg:hedged, cg:reported or cg:speculative by its local name. */
        public static Node certaintyLevel(String localName) { return NodeFactory.createURI(NS + localName); }
    }
}
