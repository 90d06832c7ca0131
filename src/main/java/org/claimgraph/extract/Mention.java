package org.claimgraph.extract;

import org.claimgraph.lexicon.Concept;

/**
 * A span of the transcript that names an entity. {@code begin}/{@code end} are UTF-16 indexes into the transcript
 * text and {@code text} is exactly the text between them.
 *
 * @param matchedLabel the lexicon label it was found by, or the NER tag for an entity found outside the lexicon
 * @param hiddenLabel  true when the label is a misheard form (skos:hiddenLabel)
 */
public record Mention(int begin, int end, String text, Concept concept, String matchedLabel, boolean hiddenLabel) {}
