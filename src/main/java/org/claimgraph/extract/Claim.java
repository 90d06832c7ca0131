package org.claimgraph.extract;

import org.claimgraph.lexicon.Concept;

import java.util.Comparator;
import java.util.List;

/**
 * A claim: subject, relation (a local name of a cg: relation, e.g. "improves"), object and polarity, with every
 * statement of it in the transcript, in text order.
 */
public record Claim(Concept subject, String relation, Concept object, Polarity polarity, List<Statement> statements) {
    public Claim {
        if (statements.isEmpty()) throw new IllegalArgumentException("a claim needs at least one statement");
        statements = statements.stream().sorted(Comparator.comparingInt(Statement::begin)).toList();
    }

    /** The firmest certainty among the statements. */
    public Certainty certainty() {
        return statements.stream().map(Statement::certainty).min(Comparator.naturalOrder()).orElseThrow();
    }
}
