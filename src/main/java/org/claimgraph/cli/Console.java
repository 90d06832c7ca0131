package org.claimgraph.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;

/** Where commands send notices and errors: standard error, prefixed so they stand apart from results. */
final class Console {
    private final PrintWriter err;
    private final boolean quiet;

    Console(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
    }

    Consumer<String> log() {
        return line -> {
            if (!quiet) {
                err.println("claimgraph: " + line);
                err.flush();
            }
        };
    }

    void error(String message) {
        err.println("claimgraph: error: " + message);
        err.flush();
    }
}
