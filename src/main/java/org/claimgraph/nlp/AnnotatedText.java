package org.claimgraph.nlp;

import java.util.List;

/** The tokens CoreNLP found in a transcript text, in order, and the chunks they were annotated in. */
public record AnnotatedText(String text, List<Chunk> chunks, List<Token> tokens) {
    public AnnotatedText {
        chunks = List.copyOf(chunks);
        tokens = List.copyOf(tokens);
    }
}
