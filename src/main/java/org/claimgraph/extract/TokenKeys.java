package org.claimgraph.extract;

import edu.stanford.nlp.ling.CoreAnnotation;

/**
 * The annotations ClaimGraph adds to CoreNLP tokens so that relation rules can match on them: in a TokensRegex
 * pattern {@code [{entity:"code-data"}]}, {@code [{etype:Model}]}, {@code [{entity:/.+/}]},
 * {@code [{clause:start}]}.
 */
final class TokenKeys {
    private TokenKeys() {}

    /** The local name of the entity the token belongs to (for a resolved pronoun: its antecedent's). */
    static final class Entity implements CoreAnnotation<String> {
        public Class<String> getType() { return String.class; }
    }

    /** The local name of the entity's class, e.g. "Model". */
    static final class EntityType implements CoreAnnotation<String> {
        public Class<String> getType() { return String.class; }
    }

    /** "start" on the first token of a clause (a chunk of the ASR text), absent elsewhere. */
    static final class Clause implements CoreAnnotation<String> {
        public Class<String> getType() { return String.class; }
    }

    /** The index of the mention (in text order) the token belongs to. */
    static final class MentionIndex implements CoreAnnotation<Integer> {
        public Class<Integer> getType() { return Integer.class; }
    }
}
