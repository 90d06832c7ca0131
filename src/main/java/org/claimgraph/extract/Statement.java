package org.claimgraph.extract;

/**
 * One place where a claim is stated: the evidence span ({@code begin}/{@code end}, UTF-16 indexes into the
 * transcript text), how sure the speaker was and the cue that said so (null when none), the rule that matched,
 * the mentions the subject and object were taken from (for a pronoun, its antecedent's mention), and the mention
 * of the person the statement is passed on from (null when it is the speaker's own).
 */
public record Statement(int begin, int end, Certainty certainty, String cue, String ruleId,
                        Mention subjectMention, Mention objectMention, Mention attributedTo) {

    public Statement(int begin, int end, Certainty certainty, String cue, String ruleId, Mention subjectMention, Mention objectMention) {
        this(begin, end, certainty, cue, ruleId, subjectMention, objectMention, null);
    }
}
