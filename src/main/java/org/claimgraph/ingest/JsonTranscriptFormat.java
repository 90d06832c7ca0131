package org.claimgraph.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Transcripts as JSON ({@code .json}), in these shapes:
 * <ul>
 *   <li>Whisper and WhisperX: an object with {@code "segments": [{"start": 0.0, "end": 2.5, "text": "..."}]},
 *       each segment optionally with a {@code "speaker"} (WhisperX diarization), the object optionally with
 *       {@code "language"};</li>
 *   <li>speaker turns: a top-level array of {@code {"text", "start_time", "end_time", "speaker"}};</li>
 *   <li>an object with only a {@code "text"} (the OpenAI transcription API's {@code json} answer): read as plain
 *       text.</li>
 * </ul>
 * In both list shapes the time keys may be {@code start}/{@code end} or {@code start_time}/{@code end_time}, and
 * times are numbers of seconds or strings ({@code "H:MM:SS"}, {@code "H:MM:SS.mmm"}, {@code "MM:SS"}, {@code "12.5"}).
 * <p>
 * Stored text: each element's {@code text}, trimmed, its whitespace runs (line breaks included) made one space, one
 * element per line; an element with empty text gives no segment. Each element is a segment with its times and speaker.
 * The {@code "language"} of a Whisper object is used when it is a language tag such as "en" or "zh"; otherwise the
 * language is guessed from the text. A time that cannot be read, or an element that ends before it starts, is an error
 * naming the element.
 */
final class JsonTranscriptFormat implements TranscriptFormat {
    private static final String SHAPES = "expected an object with \"segments\": [{\"start\", \"end\", \"text\"}] as Whisper writes it, "
            + "or an array of {\"text\", \"start_time\", \"end_time\", \"speaker\"}";
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*");

    /** Whisper puts the whole transcript in one "text" string, which can be longer than Jackson's default limit. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Override public String id() { return "json"; }
    @Override public String mediaType() { return "application/json"; }
    @Override public List<String> extensions() { return List.of("json"); }

    /** The head is JSON up to where it was cut off, and an object or array. */
    @Override
    public boolean sniff(String head) {
        int cut = Math.max(Math.max(head.lastIndexOf(','), head.lastIndexOf(':')),
                Math.max(Math.max(head.lastIndexOf('{'), head.lastIndexOf('[')), Math.max(head.lastIndexOf('}'), head.lastIndexOf(']'))));
        if (cut < 0) return false;
        try (JsonParser p = FACTORY.createParser(head.substring(0, cut + 1))) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT && first != JsonToken.START_ARRAY) return false;
            while (p.nextToken() != null) { /* read to where the head was cut */ }
            return true;
        } catch (JsonEOFException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public Parsed parse(String text, String shownAs) throws InputException {
        JsonNode root = readTree(text, shownAs);
        if (root.isArray()) return elements(root, "$", null, shownAs);
        if (!root.isObject()) throw unknownShape(shownAs, "its top level is " + kind(root));
        JsonNode segments = root.get("segments");
        if (segments != null && segments.isArray()) return elements(segments, "$.segments", languageTag(root.get("language")), shownAs);
        if (segments == null && root.path("text").isTextual()) {
            String whole = root.get("text").asText();
            return new Parsed(whole, PlainTextFormat.lineSegments(whole), languageTag(root.get("language")));
        }
        throw unknownShape(shownAs, segments == null ? "the object has neither \"segments\" nor \"text\"" : "its \"segments\" is " + kind(segments));
    }

    private static JsonNode readTree(String text, String shownAs) throws InputException {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            String what = e instanceof JsonEOFException ? "it ends before the JSON is complete" : firstLine(e.getOriginalMessage());
            throw new InputException(shownAs, "is not valid JSON (" + what + where + ")",
                    "Check that the file is complete (it may have been cut off while copying) and is JSON");
        }
    }

    private static Parsed elements(JsonNode array, String path, String language, String shownAs) throws InputException {
        SegmentedText out = new SegmentedText();
        for (int k = 0; k < array.size(); k++) {
            JsonNode e = array.get(k);
            String at = path + "[" + k + "]";
            if (!e.isObject() || !e.path("text").isTextual()) {
                throw unknownShape(shownAs, at + (e.isObject() ? " has no \"text\" string" : " is " + kind(e)));
            }
            Double start = time(e, at, shownAs, "start", "start_time");
            Double end = time(e, at, shownAs, "end", "end_time");
            if (start != null && end != null && end < start) {
                throw new InputException(shownAs, at + " ends before it starts (" + Timecodes.format(start) + " to " + Timecodes.format(end) + ")",
                        "Fix the element's times so that the end is not before the start");
            }
            JsonNode speaker = e.get("speaker");
            String name = speaker != null && speaker.isValueNode() && !speaker.isNull() ? speaker.asText().strip() : "";
            out.add(SegmentedText.oneLine(e.get("text").asText()), start, end, name.isEmpty() ? null : name);
        }
        return out.build(language);
    }

    /** The first of the keys present, as seconds; null when none is present or it is null. */
    private static Double time(JsonNode element, String at, String shownAs, String... keys) throws InputException {
        for (String key : keys) {
            JsonNode v = element.get(key);
            if (v == null || v.isNull()) continue;
            Double seconds = v.isNumber() ? Double.valueOf(v.asDouble()) : v.isTextual() ? seconds(v.asText()) : null;
            if (seconds == null || seconds.isNaN() || seconds.isInfinite() || seconds < 0) {
                throw new InputException(shownAs, at + "." + key + ": bad time " + CueLines.quote(v.toString()),
                        "Write times as seconds (12.5) or as \"H:MM:SS.mmm\"");
            }
            return seconds;
        }
        return null;
    }

    private static Double seconds(String s) {
        Double clock = Timecodes.parse(s);
        if (clock != null) return clock;
        try {
            return Double.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String languageTag(JsonNode language) {
        if (language == null || !language.isTextual()) return null;
        String tag = language.asText().strip();
        return LANGUAGE_TAG.matcher(tag).matches() ? tag : null;
    }

    private static InputException unknownShape(String shownAs, String detail) {
        return new InputException(shownAs, "is JSON but not a transcript this reader knows: " + detail + " (" + SHAPES + ")",
                "Convert it to one of those shapes, or to SRT, WebVTT or plain text");
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> "not a JSON value";
        };
    }

    private static String firstLine(String message) {
        String s = message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
        int marker = s.indexOf(" (start marker");
        if (marker > 0) s = s.substring(0, marker);
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }
}
