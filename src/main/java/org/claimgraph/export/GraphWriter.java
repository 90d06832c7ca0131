package org.claimgraph.export;

import java.io.IOException;
import java.io.Writer;

/** Writes a {@link GraphView} in one file format. The caller owns (and closes) the writer; text is UTF-8. */
public interface GraphWriter {
    void write(GraphView graph, Writer out) throws IOException;
}
