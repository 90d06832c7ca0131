package org.claimgraph.extract;

import org.claimgraph.nlp.Chunk;
import org.claimgraph.rdf.CG;

import java.util.ArrayList;
import java.util.List;

/**
 * Attaches qualifiers to statements: the quantities said in the clauses a statement spans (只用77个token…) and the
 * year it is about (会在2023年发生…), so a prediction or a figure travels with the claim it belongs to.
 */
final class Qualifiers {
    private Qualifiers() {}

    static List<Claim> attach(List<Claim> claims, List<Chunk> chunks, List<Quantity> quantities, List<Mention> mentions) {
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            List<Statement> statements = new ArrayList<>();
            for (Statement s : c.statements()) {
                int from = clauseStart(chunks, s.begin()), to = clauseEnd(chunks, s.end());
                List<Quantity> qs = quantities.stream().filter(q -> q.begin() >= from && q.end() <= to).toList();
                statements.add(s.withQualifiers(qs, year(c, s, mentions)));
            }
            out.add(new Claim(c.subject(), c.relation(), c.object(), c.polarity(), statements));
        }
        return out;
    }

    /** A prediction's own object when it is a time, else the last year said inside the statement. */
    private static String year(Claim c, Statement s, List<Mention> mentions) {
        if (c.object().typeIri().equals(CG.Time.getURI())) return c.object().label();
        String year = null;
        for (Mention m : mentions) {
            if (m.begin() >= s.begin() && m.end() <= s.end() && m.concept().typeIri().equals(CG.Time.getURI())) year = m.concept().label();
        }
        return year;
    }

    private static int clauseStart(List<Chunk> chunks, int pos) {
        for (Chunk c : chunks) if (c.begin() <= pos && pos < c.end()) return c.begin();
        return pos;
    }

    private static int clauseEnd(List<Chunk> chunks, int pos) {
        for (Chunk c : chunks) if (c.begin() < pos && pos <= c.end()) return c.end();
        return pos;
    }
}
