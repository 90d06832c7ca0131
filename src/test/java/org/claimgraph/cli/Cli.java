package org.claimgraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the real command line in this JVM and captures what it prints. */
record Cli(int status, String out, String err) {
    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(status, out.toString(), err.toString());
    }

    /** The error lines (those starting with "claimgraph: error:"). */
    java.util.List<String> errors() {
        return err.lines().filter(l -> l.startsWith("claimgraph: error:")).toList();
    }
}
