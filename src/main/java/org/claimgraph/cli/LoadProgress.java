package org.claimgraph.cli;

import org.claimgraph.app.BatchLoader;

/**
 * Shows how a load goes: on a terminal a progress bar (files, characters per second, time left) redrawn in place;
 * otherwise one plain line per file, fit for logs. Failures are always reported.
 */
final class LoadProgress implements BatchLoader.Listener {
    private static final int BAR_WIDTH = 24;

    private final Console console;
    private final long started = System.nanoTime();
    private int files;
    private long bytes;
    private int done;
    private long bytesDone;
    private long characters;

    LoadProgress(Console console) {
        this.console = console;
    }

    @Override
    public void planned(int files, long bytes) {
        this.files = files;
        this.bytes = bytes;
        console.log().accept(String.format("loading %d file%s (%s)", files, files == 1 ? "" : "s", size(bytes)));
        console.status(bar());
    }

    @Override
    public void finished(BatchLoader.Outcome o) {
        done++;
        bytesDone += o.source().bytes();
        characters += o.characters();
        String counter = "[" + done + "/" + files + "] ";
        switch (o.status()) {
            case LOADED -> {
                if (!console.isTerminal()) console.log().accept(String.format("%sloaded %s: %,d characters, %d mentions, %d claims",
                        counter, o.source().name(), o.characters(), o.mentions(), o.claims()));
            }
            case SKIPPED -> {
                if (!console.isTerminal()) console.log().accept(counter + "skipped " + o.source().name() + ": " + o.message());
            }
            case FAILED -> console.error(o.message());
        }
        console.status(done == files ? null : bar());
    }

    /** {@code [#########...............]  12/340 files  8,123 chars/s  about 3m20s left} */
    String bar() {
        double secs = (System.nanoTime() - started) / 1e9;
        double fraction = bytes == 0 ? (files == 0 ? 1 : (double) done / files) : (double) bytesDone / bytes;
        int filled = (int) Math.round(fraction * BAR_WIDTH);
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < BAR_WIDTH; i++) b.append(i < filled ? '#' : '.');
        b.append(String.format("] %d/%d files  %,.0f chars/s", done, files, secs > 0 ? characters / secs : 0));
        if (bytesDone > 0 && bytesDone < bytes) b.append("  about ").append(duration(secs / bytesDone * (bytes - bytesDone))).append(" left");
        return b.toString();
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) return s + "s";
        if (s < 3600) return (s / 60) + "m" + String.format("%02d", s % 60) + "s";
        return (s / 3600) + "h" + String.format("%02d", (s % 3600) / 60) + "m";
    }

    static String size(long bytes) {
        if (bytes < 1024) return bytes + " bytes";
        if (bytes < 1024 * 1024) return String.format("%.1f KB", bytes / 1024.0);
        return String.format("%.1f MB", bytes / (1024.0 * 1024));
    }
}
