package org.claimgraph.ingest;

import java.util.List;

/**
 * An example of a format added from outside: tab-separated rows under the header {@code start end speaker text}.
 * It is registered in src/test/resources/META-INF/services/org.claimgraph.ingest.TranscriptFormat, the way a user's
 * jar would register its own.
 */
public final class TabSeparatedFormat implements TranscriptFormat {
    static final String HEADER = "start\tend\tspeaker\ttext";

    @Override public String id() { return "tsv-example"; }
    @Override public String mediaType() { return "text/tab-separated-values"; }
    @Override public List<String> extensions() { return List.of("tsv"); }
    @Override public boolean sniff(String head) { return head.startsWith(HEADER + "\n"); }

    @Override
    public Parsed parse(String text, String shownAs) throws InputException {
        SegmentedText out = new SegmentedText();
        String[] rows = text.split("\n");
        for (int i = 1; i < rows.length; i++) {
            String[] f = rows[i].split("\t", 4);
            if (f.length != 4) throw new InputException(shownAs, "row " + (i + 1) + " does not have 4 columns", "Separate the columns with tabs");
            out.add(f[3], Double.valueOf(f[0]), Double.valueOf(f[1]), f[2]);
        }
        return out.build(null);
    }
}
