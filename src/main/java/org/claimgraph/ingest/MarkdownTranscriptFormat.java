package org.claimgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown transcripts ({@code .md}) in the style of the Changelog transcripts: a turn starts with the speaker's name
 * in bold, {@code **Speaker Name:**} (or {@code **Speaker Name**:}, the colon ASCII or full-width), and the paragraphs after it without a label
 * belong to the same speaker; text before the first label has no speaker. A paragraph ends at a blank line, or where
 * a line starts with a label or a timestamp.
 * <p>
 * Stored text: one paragraph per line, its lines joined with a space, without:
 * <ul>
 *   <li>the speaker label;</li>
 *   <li>timestamps {@code \[MM:SS\]} and {@code \[H:MM:SS\]} (escaped or not); one at the start of a paragraph is
 *       its segment's start time (there is no end time);</li>
 *   <li>editorial markers that carry a timecode, such as {@code \[unintelligible 00:30:33.07\]} or
 *       {@code \[inaudible 01:02:03.04\]}: they mark speech that is missing, not speech, so they are dropped with the
 *       space before them, and the timecode (in the recording's own frame-based clock) is not used. Other bracketed
 *       text, such as {@code \[laughs\]}, is kept, unescaped;</li>
 *   <li>headings ({@code # Title}) and thematic breaks ({@code ---}), which are not speech;</li>
 *   <li>emphasis markers ({@code **}, {@code *}, {@code _}) and link targets ({@code [text](url)} keeps text);
 *       backslash escapes such as {@code \[ \] \* \_} are unescaped.</li>
 * </ul>
 * A paragraph that is only a label, perhaps with a timestamp, such as {@code **Break**: \[13:31\]}, marks a section,
 * not speech: it gives no segment, and the paragraphs after it have no speaker until the next label.
 * Each other paragraph is a segment with the current speaker.
 */
final class MarkdownTranscriptFormat implements TranscriptFormat {
    private static final Pattern LABEL = Pattern.compile("\\*\\*([^*\\n]{1,80}?)(?:[:：]\\*\\*|\\*\\*[:：])[ \t]*");
    private static final Pattern LABEL_LINE = Pattern.compile("(?m)^[ \t]{0,3}" + LABEL.pattern());
    private static final Pattern TIMESTAMP = Pattern.compile("\\\\?\\[(\\d{1,2}(?::\\d{2}){1,2})\\\\?][ \t]*");
    private static final Pattern EDITORIAL_MARKER = Pattern.compile("[ \t]*\\\\?\\[[A-Za-z][A-Za-z ]*?[ \t]\\d{1,2}(?::\\d{2}){1,2}(?:\\.\\d+)?\\\\?]");
    private static final Pattern NOT_SPEECH_LINE = Pattern.compile("[ \t]{0,3}(?:#{1,6}(?:[ \t].*)?|([-*_=])(?:[ \t]*\\1){2,}[ \t]*)");
    private static final Pattern LINK = Pattern.compile("(?<!\\\\)\\[([^\\]\\n]*)]\\([^)\\s]*\\)");
    private static final Pattern BOLD = Pattern.compile("(?<![\\\\*])(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern ITALIC = Pattern.compile("(?<![\\\\*\\w])([*_])(?=[^\\s*_])([^*_]*?)(?<=[^\\s\\\\])\\1(?![*\\w])");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");

    @Override public String id() { return "markdown"; }
    @Override public String mediaType() { return "text/markdown"; }
    @Override public List<String> extensions() { return List.of("md", "markdown"); }

    @Override
    public boolean sniff(String head) {
        return LABEL_LINE.matcher(head).find();
    }

    /** README.md, notes and other Markdown documents in a folder are not transcripts: only files with speaker labels are. */
    @Override
    public boolean sniffInFolders() { return true; }

    @Override
    public Parsed parse(String text, String shownAs) {
        SegmentedText out = new SegmentedText();
        String speaker = null;
        for (String paragraph : paragraphs(text)) {
            String rest = paragraph;
            Matcher label = LABEL.matcher(rest);
            boolean labelled = label.lookingAt();
            if (labelled) {
                speaker = label.group(1).strip();
                rest = rest.substring(label.end());
            }
            Double start = null;
            Matcher time = TIMESTAMP.matcher(rest);
            if (time.lookingAt()) {
                start = Timecodes.parse(time.group(1));
                rest = rest.substring(time.end());
            }
            String spoken = spokenText(rest);
            if (spoken.isEmpty()) {
                if (labelled) speaker = null;
                continue;
            }
            out.add(spoken, start, null, speaker);
        }
        return out.build(null);
    }

    /** Paragraphs with their lines trimmed and joined by a space; headings and thematic breaks are left out. */
    private static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\r\n|\r|\n", -1)) {
            boolean notSpeech = NOT_SPEECH_LINE.matcher(line).matches();
            boolean startsNew = line.isBlank() || notSpeech || LABEL.matcher(line.strip()).lookingAt() || TIMESTAMP.matcher(line.strip()).lookingAt();
            if (startsNew && !current.isEmpty()) {
                paragraphs.add(current.toString());
                current.setLength(0);
            }
            if (line.isBlank() || notSpeech) continue;
            if (!current.isEmpty()) current.append(' ');
            current.append(line.strip());
        }
        if (!current.isEmpty()) paragraphs.add(current.toString());
        return paragraphs;
    }

    private static String spokenText(String markdown) {
        String s = EDITORIAL_MARKER.matcher(markdown).replaceAll("");
        s = TIMESTAMP.matcher(s).replaceAll("");
        s = LINK.matcher(s).replaceAll("$1");
        s = BOLD.matcher(s).replaceAll("$2");
        s = ITALIC.matcher(s).replaceAll("$2");
        s = ESCAPE.matcher(s).replaceAll("$1");
        return SegmentedText.oneLine(s);
    }
}
