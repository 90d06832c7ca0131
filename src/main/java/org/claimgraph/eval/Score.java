package org.claimgraph.eval;

import java.util.List;
import java.util.Map;

/**
 * How an extraction compares with a gold annotation. Claims are compared by subject, relation and object (and,
 * when the gold claim has evidence, at least one overlapping span); polarity and certainty are reported as
 * agreement among the matched claims.
 */
public record Score(Counts overall, Map<String, Counts> byRelation, int certaintyAgree, int polarityAgree,
                    int goldSpans, int goldSpansFound, List<String> missed, List<String> spurious, List<String> disagreements) {

    /** Gold claims, system claims, and correct ones (matched pairs). */
    public record Counts(int gold, int system, int correct) {
        public double precision() { return system == 0 ? 0 : (double) correct / system; }
        public double recall() { return gold == 0 ? 0 : (double) correct / gold; }
        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public double certaintyAgreement() { return overall.correct() == 0 ? 0 : (double) certaintyAgree / overall.correct(); }
    public double polarityAgreement() { return overall.correct() == 0 ? 0 : (double) polarityAgree / overall.correct(); }
}
