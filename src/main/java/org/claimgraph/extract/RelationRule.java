package org.claimgraph.extract;

import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;

/**
 * One rule of the relations file: an id, the relation it asserts (a cg: local name), and a TokensRegex pattern
 * with groups {@code $subj}, {@code $pred} and one or more {@code $obj…}. {@code certainty}, when not null, is
 * the certainty of every statement the rule finds (a rule for 提到 finds reported statements); with
 * {@code attributedToSubject} the statement is passed on from its subject (Sam Altman…提到…). A rule with
 * {@code negative} finds denials of its relation (X 占的比例很少: X does not dominate); a negation in the text
 * turns them back. A {@code reciprocal} rule has no object group: its subject is also its object (这些模态会相互帮助:
 * modalities help each other). With {@code modalityAs} an object that is a modality stands for that modality's
 * data (在text上面train: trained on text data) or its generation (能够生成一个reasonable text: text generation), where
 * the lexicon has an entry labelled so (see {@link ModalityAs}). A rule with
 * {@code topicClasses} has no subject group: its subject is the topic, the first entity named in the clause before
 * the match or, when that names none, in the nearest of the two clauses before it that names one, if it is of
 * those classes (这个video有个audio 就怎么把这些东西align在一起 就是个比较大的难点: the difficulty is video's). A rule
 * with {@code objectFrom} (a relation) has no object group: its object is that of the nearest earlier statement of
 * that relation, found by a rule above it, ending in the match's clause or one of the two before it (英文占主要部分的pre-training corpus 然后其他语言的话
 * 占比较小的比例: the same corpus; ChatGPT对于中文的文本的生成还是有非常多的问题 那这样的问题…通过训练更多的相关的数据就能够
 * 得到比较好的解决: what the problem was with, text generation). {@code subjectFrom} does the same for the subject (但我们
 * 好像看到了一个threshold 就是…提升到某一个瓶颈: the same thing's bottleneck); either may take the other part of that
 * statement instead (see {@link FromPrevious}). With {@code nearestClasses} the subject is
 * the nearest mention of one of those classes before the match, in its clause or the two before it (就从图片来说 …
 * 给模型描述出清楚这个现实 当然是不是那么现实的 对吧 沟通的bandwidth是不够的: the image model's bandwidth).
 *
 * <p>{@code anchor}, when not null, matches the words of which every match of the rule contains at least one (the
 * literal words of its predicate group, found by {@link RelationRules}): the rule then only needs to run near them.
 */
public record RelationRule(String id, String relation, String patternText, TokenSequencePattern pattern,
                           Certainty certainty, boolean attributedToSubject, boolean negative, boolean reciprocal,
                           ModalityAs modalityAs, java.util.Set<String> topicClasses, java.util.Set<String> nearestClasses, FromPrevious subjectFrom, FromPrevious objectFrom,
                           java.util.regex.Pattern anchor) {
    /**
     * Where an argument left out comes from: the nearest earlier statement of {@code relation}; the same part of it
     * (its subject for a subject) or, with {@code takesOther}, the other part (沟通的bandwidth是不够的 那怎么提升…
     * 就需要不同的模型: the limitation's object, bandwidth, is the subject of what it needs).
     */
    public record FromPrevious(String relation, boolean takesOther) {}

    /** True when the subject comes from outside the match (the topic, the nearest mention, or the previous statement). */
    public boolean subjectOutside() { return topicClasses != null || nearestClasses != null || subjectFrom != null; }
}
