package org.claimgraph.rdf;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes ClaimGraph writes RDF with. */
public final class Prefixes {
    private Prefixes() {}

    public static PrefixMap forBase(IriScheme iris) {
        PrefixMap pm = PrefixMapFactory.create();
        pm.add("cg", CG.NS);
        pm.add("rdf", RDF.uri);
        pm.add("rdfs", RDFS.uri);
        pm.add("xsd", XSD.NS);
        pm.add("skos", SKOS.uri);
        pm.add("dct", DCTerms.NS);
        pm.add("prov", PROV.NS);
        pm.add("oa", OA.NS);
        pm.add("nif", NIF.NS);
        pm.add("itsrdf", NIF.ITSRDF_NS);
        pm.add("wd", "http://www.wikidata.org/entity/");
        pm.add("dbr", "http://dbpedia.org/resource/");
        pm.add("entity", iris.entityNamespace());
        pm.add("term", iris.termNamespace());
        pm.add("claim", iris.base() + "claim/");
        pm.add("transcript", iris.base() + "transcript/");
        return pm;
    }
}
