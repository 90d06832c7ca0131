package org.claimgraph.ingest;

/**
 * A transcript file that cannot be used, with a message that names the file, says what is wrong and what to do.
 * The message is a single line, ready to be shown to the user as it is.
 */
public final class InputException extends Exception {
    private final String source;

    public InputException(String source, String problem, String whatToDo) {
        super(source + ": " + problem + ". " + whatToDo);
        this.source = source;
    }

    /** The file name or path the problem is about, as the user gave it. */
    public String source() { return source; }
}
