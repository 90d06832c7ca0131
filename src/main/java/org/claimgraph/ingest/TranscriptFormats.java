package org.claimgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The transcript formats a {@link TranscriptReader} can read, and the rule that picks one for a file.
 * <p>
 * The built-in formats are listed in {@link #builtIn()}. Further formats are added by
 * {@link #with(TranscriptFormat)} or, for {@link #installed()}, found with {@link ServiceLoader} from
 * {@code META-INF/services/org.claimgraph.ingest.TranscriptFormat} files on the class path. An added format comes
 * before the built-in ones, so it wins when both recognise a file.
 * <p>
 * Choosing ({@link #choose}): among the formats whose {@link TranscriptFormat#sniff sniff} accepts the start of the
 * text, the one that claims the file's extension, else the first; when none recognises the text, the format that
 * claims the extension (so a truncated {@code .json} gets the JSON reader's precise error); otherwise plain text.
 * <p>
 * A registry is immutable and safe to share.
 */
public final class TranscriptFormats {

    /** How many characters of the decoded text {@link TranscriptFormat#sniff} is shown. */
    public static final int SNIFF_CHARS = 8192;

    private static final TranscriptFormat PLAIN_TEXT = new PlainTextFormat();

    private final List<TranscriptFormat> formats;
    private final TranscriptFormat fallback;

    private TranscriptFormats(List<TranscriptFormat> formats, TranscriptFormat fallback) {
        this.formats = List.copyOf(formats);
        this.fallback = fallback;
    }

    /** The formats that come with ClaimGraph. Plain text is the fallback for content no format recognises. */
    public static TranscriptFormats builtIn() {
        return new TranscriptFormats(List.of(
                new WebVttFormat(),
                new SrtFormat(),
                new JsonTranscriptFormat(),
                new MarkdownTranscriptFormat(),
                PLAIN_TEXT), PLAIN_TEXT);
    }

    /** The built-in formats and, ahead of them, every format registered through {@link ServiceLoader}. */
    public static TranscriptFormats installed() {
        TranscriptFormats registry = builtIn();
        List<TranscriptFormat> found = new ArrayList<>();
        ServiceLoader.load(TranscriptFormat.class).forEach(found::add);
        for (int i = found.size() - 1; i >= 0; i--) registry = registry.with(found.get(i));
        return registry;
    }

    /** A registry with {@code format} ahead of these formats; one with the same id is replaced. */
    public TranscriptFormats with(TranscriptFormat format) {
        List<TranscriptFormat> list = new ArrayList<>();
        list.add(format);
        for (TranscriptFormat f : formats) if (!f.id().equals(format.id())) list.add(f);
        return new TranscriptFormats(list, format.id().equals(fallback.id()) ? format : fallback);
    }

    /** The formats in the order they are tried. */
    public List<TranscriptFormat> formats() { return formats; }

    /** The format for content that no format recognises and whose extension no format claims. */
    public TranscriptFormat fallback() { return fallback; }

    public Optional<TranscriptFormat> byId(String id) {
        return formats.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The format to read {@code text} with; {@code fileName} may be null when the input has no name. */
    public TranscriptFormat choose(String fileName, String text) {
        String head = text.length() > SNIFF_CHARS ? text.substring(0, SNIFF_CHARS) : text;
        TranscriptFormat claimer = claimer(fileName);
        TranscriptFormat firstSniffed = null;
        for (TranscriptFormat f : formats) {
            if (!f.sniff(head)) continue;
            if (f == claimer) return f;
            if (firstSniffed == null) firstSniffed = f;
        }
        if (firstSniffed != null) return firstSniffed;
        return claimer != null ? claimer : fallback;
    }

    private TranscriptFormat claimer(String fileName) {
        String extension = extension(fileName);
        if (extension == null) return null;
        for (TranscriptFormat f : formats) if (f.extensions().contains(extension)) return f;
        return null;
    }

    /** Whether a format claims this file name's extension. */
    public boolean claims(String fileName) { return claimer(fileName) != null; }

    /**
     * Whether a file found in a folder being loaded is taken for a transcript: a format claims its extension, and
     * if that format asks for it ({@link TranscriptFormat#sniffInFolders()}), the start of the file looks like it.
     */
    public boolean takesFromFolder(java.nio.file.Path file) {
        TranscriptFormat f = claimer(file.getFileName().toString());
        if (f == null) return false;
        if (!f.sniffInFolders()) return true;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SNIFF_CHARS);
            String text = new String(head, java.nio.charset.StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            return f.sniff(text);
        } catch (java.io.IOException e) {
            return true;  // unreadable: let the load report it
        }
    }

    /** Every extension a format claims, in the order of the formats, e.g. [vtt, srt, json, md, markdown, txt, text]. */
    public List<String> extensions() {
        return formats.stream().flatMap(f -> f.extensions().stream()).distinct().toList();
    }

    /** The lower-case text after the last dot of the file name, or null. */
    static String extension(String fileName) {
        if (fileName == null) return null;
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? null : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
