package org.claimgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The PROV-O terms ClaimGraph uses, as graph nodes. */
public final class PROV {
    private PROV() {}

    public static final String NS = "http://www.w3.org/ns/prov#";
    private static Node uri(String local) { return NodeFactory.createURI(NS + local); }

    public static final Node Activity         = uri("Activity");
    public static final Node SoftwareAgent    = uri("SoftwareAgent");
    public static final Node Person           = uri("Person");
    public static final Node wasGeneratedBy   = uri("wasGeneratedBy");
    public static final Node wasAttributedTo  = uri("wasAttributedTo");
    public static final Node wasAssociatedWith = uri("wasAssociatedWith");
    public static final Node used             = uri("used");
    public static final Node endedAtTime      = uri("endedAtTime");
}
