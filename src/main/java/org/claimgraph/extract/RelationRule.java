package org.claimgraph.extract;

import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;

/**
 * One rule of the relations file: an id, the relation it asserts (a cg: local name), and a TokensRegex pattern
 * with groups {@code $subj}, {@code $pred} and one or more {@code $obj…}.
 */
public record RelationRule(String id, String relation, String patternText, TokenSequencePattern pattern) {}
