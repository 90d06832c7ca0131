package org.claimgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Lets Jena's byte-stream writers print through the command's writer (so tests capture the output); UTF-8 only. */
final class WriterOutputStream extends OutputStream {
    private final PrintWriter out;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    WriterOutputStream(PrintWriter out) { this.out = out; }

    @Override
    public void write(int b) {
        pending.write(b);
        if (b == '\n') drainCompleteText();
    }

    @Override
    public void write(byte[] b, int off, int len) {
        pending.write(b, off, len);
        drainCompleteText();
    }

    /** Writes out what has been buffered up to the last line break, which never splits a UTF-8 character. */
    private void drainCompleteText() {
        byte[] bytes = pending.toByteArray();
        int cut = bytes.length;
        while (cut > 0 && bytes[cut - 1] != '\n') cut--;
        if (cut == 0) return;
        out.write(new String(bytes, 0, cut, StandardCharsets.UTF_8));
        pending.reset();
        pending.write(bytes, cut, bytes.length - cut);
    }

    @Override
    public void flush() {
        byte[] bytes = pending.toByteArray();
        pending.reset();
        out.write(new String(bytes, StandardCharsets.UTF_8));
        out.flush();
    }
}
