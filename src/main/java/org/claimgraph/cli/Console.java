package org.claimgraph.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * Where commands send notices and errors: standard error, prefixed so they stand apart from results. On a
 * terminal a command may also keep one status line (a progress bar) at the bottom, which notices are printed above.
 */
final class Console {
    private final PrintWriter err;
    private final boolean quiet;
    private final boolean terminal;
    private String status;

    Console(PrintWriter err, boolean quiet) {
        this(err, quiet, false);
    }

    Console(PrintWriter err, boolean quiet, boolean terminal) {
        this.err = err;
        this.quiet = quiet;
        this.terminal = terminal;
    }

    /** Whether standard error is a terminal on which a status line can be redrawn in place. */
    boolean isTerminal() { return terminal && !quiet; }

    /** Whether notices are shown at all. */
    boolean isQuiet() { return quiet; }

    Consumer<String> log() {
        return line -> {
            if (!quiet) print("claimgraph: " + line);
        };
    }

    void error(String message) {
        print("claimgraph: error: " + message);
    }

    /** Draws (or with null, clears) the status line; only on a terminal. */
    synchronized void status(String line) {
        if (!isTerminal()) return;
        clearStatus();
        status = line;
        if (line != null) {
            err.print(line);
            err.flush();
        }
    }

    private synchronized void print(String line) {
        String s = status;
        clearStatus();
        err.println(line);
        if (s != null) {
            status = s;
            err.print(s);
        }
        err.flush();
    }

    private void clearStatus() {
        if (status != null) {
            err.print("\r\033[2K");
            status = null;
        }
    }
}
