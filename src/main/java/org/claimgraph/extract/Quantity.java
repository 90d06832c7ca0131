package org.claimgraph.extract;

/**
 * A quantity said in the transcript (77个token, 几百M, 上百B): its span ({@code begin}/{@code end}, UTF-16 indexes),
 * the text, the amount as said (77, 几百, 上百) and the unit in its canonical form (token, million, billion).
 */
public record Quantity(int begin, int end, String text, String amount, String unit) {}
