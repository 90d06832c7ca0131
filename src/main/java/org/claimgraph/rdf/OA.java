package org.claimgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The W3C Web Annotation terms ClaimGraph uses for evidence, as graph nodes. */
public final class OA {
    private OA() {}

    public static final String NS = "http://www.w3.org/ns/oa#";
    private static Node uri(String local) { return NodeFactory.createURI(NS + local); }

    public static final Node Annotation            = uri("Annotation");
    public static final Node SpecificResource      = uri("SpecificResource");
    public static final Node TextPositionSelector  = uri("TextPositionSelector");
    public static final Node TextQuoteSelector     = uri("TextQuoteSelector");
    public static final Node FragmentSelector      = uri("FragmentSelector");
    public static final Node describing            = uri("describing");
    public static final Node hasBody               = uri("hasBody");
    public static final Node hasTarget             = uri("hasTarget");
    public static final Node hasSource             = uri("hasSource");
    public static final Node hasSelector           = uri("hasSelector");
    public static final Node motivatedBy           = uri("motivatedBy");
    public static final Node start                 = uri("start");
    public static final Node end                   = uri("end");
    public static final Node exact                 = uri("exact");

    /** The Media Fragments spec, which a FragmentSelector's value (t=start,end) conforms to. */
    public static final Node MEDIA_FRAGMENTS       = NodeFactory.createURI("http://www.w3.org/TR/media-frags/");
}
