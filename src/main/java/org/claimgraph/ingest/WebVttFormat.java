package org.claimgraph.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WebVTT subtitles ({@code .vtt}). The file starts with {@code WEBVTT}; the header up to the first blank line and
 * {@code NOTE}, {@code STYLE} and {@code REGION} blocks are skipped. A cue is an optional id line, a timing line
 * ({@code MM:SS.mmm} or {@code H:MM:SS.mmm}, any settings after the end time ignored) and text lines up to a blank
 * line.
 * <p>
 * Stored text: each cue's text on one line, its lines trimmed (Whisper indents them with a space) and joined with a
 * space, tags removed ({@code <i>}, {@code <c.x>}, {@code <v Name>}, {@code <lang>}, {@code <ruby>}, inline
 * timestamps {@code <00:01.000>}...) and character references ({@code &amp;} etc.) decoded. Each cue with text is a
 * segment with its start and end time; its speaker is the name in the cue's first {@code <v Name>} voice tag, else
 * unknown. A timing line that cannot be read, or a cue that ends before it starts, is an error naming the line (as
 * for {@link SrtFormat}).
 */
final class WebVttFormat implements TranscriptFormat {
    private static final Pattern SIGNATURE = Pattern.compile("WEBVTT(?:[ \t].*)?");
    private static final Pattern SKIPPED_BLOCK = Pattern.compile("(?:NOTE|STYLE|REGION)(?:[ \t].*)?");
    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s>]*)?[ \t]+([^>]+)>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern REFERENCE = Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));");

    @Override public String id() { return "vtt"; }
    @Override public String mediaType() { return "text/vtt"; }
    @Override public List<String> extensions() { return List.of("vtt"); }

    @Override
    public boolean sniff(String head) {
        int end = head.indexOf('\n');
        String first = (end < 0 ? head : head.substring(0, end)).replaceFirst("\r$", "");
        return SIGNATURE.matcher(first).matches();
    }

    @Override
    public Parsed parse(String text, String shownAs) throws InputException {
        CueLines lines = new CueLines(text, shownAs, "MM:SS.mmm --> MM:SS.mmm or H:MM:SS.mmm --> H:MM:SS.mmm (for example 01:02.500 --> 01:04.000)");
        if (!SIGNATURE.matcher(lines.line(0)).matches()) {
            throw new InputException(shownAs, "is not WebVTT: it does not start with the line WEBVTT (it starts with "
                    + CueLines.quote(lines.line(0)) + ")", "Add WEBVTT as its first line, or give it the extension of its real format (.srt, .txt)");
        }
        SegmentedText out = new SegmentedText();
        int i = skipBlock(lines, 0);
        while (i < lines.size()) {
            if (lines.isBlank(i)) { i++; continue; }
            if (SKIPPED_BLOCK.matcher(lines.line(i)).matches()) { i = skipBlock(lines, i); continue; }
            if (!lines.isTiming(i)) i++;  // the cue id
            if (!lines.isTiming(i)) {
                throw lines.error(Math.min(i, lines.size() - 1), "expected a cue timing line, found "
                                + CueLines.quote(i < lines.size() ? lines.line(i) : ""),
                        "Give each cue a line like 01:02.500 --> 01:04.000, after an optional cue id line");
            }
            CueLines.Timing timing = lines.timing(i++);
            StringBuilder cue = new StringBuilder();
            for (; i < lines.size() && !lines.isBlank(i) && !lines.isTiming(i); i++) cue.append(lines.line(i).strip()).append(' ');
            Matcher voice = VOICE.matcher(cue);
            String speaker = voice.find() ? voice.group(1).strip() : null;
            out.add(SegmentedText.oneLine(decodeReferences(TAG.matcher(cue).replaceAll(""))), timing.start(), timing.end(),
                    speaker == null || speaker.isEmpty() ? null : decodeReferences(speaker));
        }
        return out.build(null);
    }

    /** The index of the blank line that ends the block starting at i, or the end. */
    private static int skipBlock(CueLines lines, int i) {
        while (i < lines.size() && !lines.isBlank(i)) i++;
        return i;
    }

    static String decodeReferences(String s) {
        if (s.indexOf('&') < 0) return s;
        Matcher m = REFERENCE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group(1) != null || m.group(2) != null) {
                int cp = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
                replacement = Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : m.group();
            } else {
                replacement = switch (m.group(3)) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    case "nbsp" -> "\u00A0";
                    case "lrm" -> "\u200E";
                    case "rlm" -> "\u200F";
                    default -> m.group();
                };
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
