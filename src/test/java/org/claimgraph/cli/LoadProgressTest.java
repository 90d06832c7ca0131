package org.claimgraph.cli;

import org.claimgraph.app.BatchLoader;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** What a person sees while loading: a bar redrawn in place on a terminal, plain lines in a log. */
class LoadProgressTest {
    private static BatchLoader.Outcome loaded(String name, long bytes) {
        return new BatchLoader.Outcome(new BatchLoader.Source(Path.of(name), name, bytes), BatchLoader.Status.LOADED, null, 1000, 3, 9);
    }

    @Test
    void onATerminalABarIsRedrawnInPlaceAndNoticesGoAboveIt() {
        StringWriter err = new StringWriter();
        Console console = new Console(new PrintWriter(err, true), false, true);
        LoadProgress progress = new LoadProgress(console);
        progress.planned(2, 200);
        progress.finished(loaded("a.srt", 100));
        String afterOne = err.toString();
        assertTrue(afterOne.contains("claimgraph: loading 2 files (200 bytes)\n"), afterOne);
        assertTrue(afterOne.contains("\r\033[2K[############............] 1/2 files"), afterOne);
        assertTrue(afterOne.contains("left"), "a time estimate: " + afterOne);
        assertFalse(afterOne.contains("loaded a.srt"), "no line per file on a terminal");

        console.error("b.json: is not valid JSON");
        String withError = err.toString().substring(afterOne.length());
        assertTrue(withError.startsWith("\r\033[2Kclaimgraph: error: b.json: is not valid JSON\n["), "the bar is cleared, the error printed, the bar redrawn: " + withError);

        progress.finished(loaded("c.vtt", 100));
        assertTrue(err.toString().endsWith("\r\033[2K"), "the bar is gone at the end");
    }

    @Test
    void inALogEachFileGetsOnePlainLine() {
        StringWriter err = new StringWriter();
        LoadProgress progress = new LoadProgress(new Console(new PrintWriter(err, true), false, false));
        progress.planned(2, 200);
        progress.finished(loaded("a.srt", 100));
        progress.finished(new BatchLoader.Outcome(new BatchLoader.Source(Path.of("b.txt"), "b.txt", 100), BatchLoader.Status.SKIPPED,
                "unchanged since it was last loaded", 0, 0, 0));
        assertEquals("""
                claimgraph: loading 2 files (200 bytes)
                claimgraph: [1/2] loaded a.srt: 1,000 characters, 9 mentions, 3 claims
                claimgraph: [2/2] skipped b.txt: unchanged since it was last loaded
                """, err.toString());
    }
}
