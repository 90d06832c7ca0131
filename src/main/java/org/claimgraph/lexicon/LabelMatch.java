package org.claimgraph.lexicon;

/** A lexicon label found in a text; {@code begin}/{@code end} are UTF-16 indexes into that text. */
public record LabelMatch(int begin, int end, Concept concept, String label, boolean hidden) {}
