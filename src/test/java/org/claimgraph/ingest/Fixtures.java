package org.claimgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The hand-written transcripts in src/test/resources/ingest/. */
final class Fixtures {
    private Fixtures() {}

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/ingest/" + name)) {
            if (in == null) throw new IllegalStateException("missing test resource /ingest/" + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Transcript read(String name) throws InputException {
        return new TranscriptReader().read(name, bytes(name));
    }

    static Transcript read(String name, String content) throws InputException {
        return new TranscriptReader().read(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** The message of the InputException that reading {@code content} as {@code name} throws. */
    static String error(String name, String content) {
        try {
            Transcript t = read(name, content);
            throw new AssertionError(name + " was read, but should have been rejected; its text: " + t.text());
        } catch (InputException e) {
            if (e.getMessage().contains("\n")) throw new AssertionError("message is not one line: " + e.getMessage());
            return e.getMessage();
        }
    }

    /** Each segment's text, to make a failing comparison readable. */
    static java.util.List<String> segmentTexts(Transcript t) {
        return t.segments().stream().map(s -> t.text().substring(s.begin(), s.end())).toList();
    }
}
