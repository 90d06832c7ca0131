package org.claimgraph.extract;

import java.util.List;

/**
 * One place where a claim is stated: the evidence span ({@code begin}/{@code end}, UTF-16 indexes into the
 * transcript text), how sure the speaker was and the cue that said so (null when none), the rule that matched,
 * the mentions the subject and object were taken from (for a pronoun, its antecedent's mention), the mention
 * of the person the statement is passed on from (null when it is the speaker's own), and its qualifiers: the
 * aspect a comparison is about (null when none), the quantities said in the same clause and the year it is about
 * (null when none).
 */
public record Statement(int begin, int end, Certainty certainty, String cue, String ruleId,
                        Mention subjectMention, Mention objectMention, Mention attributedTo, Mention aspect,
                        List<Quantity> quantities, String year) {

    public Statement {
        quantities = List.copyOf(quantities);
    }

    public Statement(int begin, int end, Certainty certainty, String cue, String ruleId, Mention subjectMention, Mention objectMention) {
        this(begin, end, certainty, cue, ruleId, subjectMention, objectMention, null, null, List.of(), null);
    }

    /** The same statement with these qualifiers. */
    public Statement withQualifiers(List<Quantity> quantities, String year) {
        return new Statement(begin, end, certainty, cue, ruleId, subjectMention, objectMention, attributedTo, aspect, quantities, year);
    }
}
