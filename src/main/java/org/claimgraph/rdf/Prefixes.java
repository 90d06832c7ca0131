package org.claimgraph.rdf;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes ClaimGraph writes RDF with, and the same ones as the header of the SPARQL queries it runs. */
public final class Prefixes {
    private Prefixes() {}

    /**
     * PREFIX declarations of the vocabularies (cg, rdf, rdfs, xsd, skos, dct, prov, oa, nif, itsrdf), for queries
     * written in code: the ones named by {@link #forBase} that do not depend on the base IRI.
     */
    public static final String SPARQL = sparql(forBase(IriScheme.defaults()), "cg", "rdf", "rdfs", "xsd", "skos", "dct", "prov", "oa", "nif", "itsrdf");

    private static String sparql(PrefixMap pm, String... names) {
        StringBuilder out = new StringBuilder();
        for (String name : names) out.append("PREFIX ").append(name).append(": <").append(pm.get(name)).append(">\n");
        return out.toString();
    }

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
