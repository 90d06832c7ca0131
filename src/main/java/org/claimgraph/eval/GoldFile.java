package org.claimgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimgraph.ingest.InputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a gold annotation file (JSON, see docs/annotation-guideline.md):
 * <pre>
 * { "transcript": "talk.txt",
 *   "claims": [ { "subject": "code-data", "relation": "improves", "object": "reasoning",
 *                 "polarity": "positive", "certainty": "asserted", "attributedTo": null,
 *                 "evidence": [ { "start": 1391, "end": 1416, "quote": "code代码数据训练肯定是能帮助reasoning" } ] } ] }
 * </pre>
 * Every quote must equal the transcript text between start and end (code points), so a gold file cannot drift
 * from its transcript unnoticed.
 */
public final class GoldFile {
    private static final Set<String> POLARITIES = Set.of("positive", "negative");
    private static final Set<String> CERTAINTIES = Set.of("asserted", "hedged", "reported", "speculative");

    private GoldFile() {}

    public static List<GoldClaim> read(Path file, String transcriptText, Set<String> relations) throws InputException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new InputException(file.toString(), "is not a readable JSON gold file (" + e.getMessage().lines().findFirst().orElse("") + ")",
                    "See docs/annotation-guideline.md for the format");
        }
        JsonNode claims = root.path("claims");
        if (!claims.isArray()) throw new InputException(file.toString(), "has no \"claims\" array", "See docs/annotation-guideline.md for the format");
        List<GoldClaim> out = new ArrayList<>();
        int length = transcriptText.codePointCount(0, transcriptText.length());
        for (int i = 0; i < claims.size(); i++) {
            JsonNode c = claims.get(i);
            String where = "claim " + (i + 1);
            String relation = localName(required(file, c, "relation", where));
            if (!relations.contains(relation)) {
                throw new InputException(file.toString(), where + " has unknown relation \"" + relation + "\"", "Use one of " + String.join(", ", relations));
            }
            String polarity = c.path("polarity").asText("positive");
            String certainty = c.path("certainty").asText("asserted");
            if (!POLARITIES.contains(polarity)) throw new InputException(file.toString(), where + " has polarity \"" + polarity + "\"", "Use positive or negative");
            if (!CERTAINTIES.contains(certainty)) throw new InputException(file.toString(), where + " has certainty \"" + certainty + "\"", "Use asserted, hedged, reported or speculative");
            List<GoldClaim.Span> spans = new ArrayList<>();
            for (JsonNode e : c.path("evidence")) {
                int start = e.path("start").asInt(-1), end = e.path("end").asInt(-1);
                String quote = e.path("quote").asText(null);
                if (start < 0 || end <= start || end > length) {
                    throw new InputException(file.toString(), where + " has an evidence span " + start + ".." + end + " outside the transcript (" + length + " code points)", "Fix the offsets");
                }
                String actual = substring(transcriptText, start, end);
                if (quote != null && !quote.equals(actual)) {
                    throw new InputException(file.toString(), where + " quotes \"" + quote + "\" but the text at " + start + ".." + end + " is \"" + actual + "\"",
                            "Fix the offsets or the quote; is the gold file for this transcript?");
                }
                spans.add(new GoldClaim.Span(start, end, actual));
            }
            String attributed = c.hasNonNull("attributedTo") ? c.get("attributedTo").asText() : null;
            out.add(new GoldClaim(required(file, c, "subject", where), relation, required(file, c, "object", where), polarity, certainty, attributed, spans));
        }
        return out;
    }

    /** A relation may be written as improves, cg:improves or the full IRI. */
    static String localName(String relation) {
        int cut = Math.max(relation.lastIndexOf('#'), Math.max(relation.lastIndexOf('/'), relation.lastIndexOf(':')));
        return relation.substring(cut + 1);
    }

    private static String required(Path file, JsonNode c, String field, String where) throws InputException {
        String v = c.path(field).asText("");
        if (v.isBlank()) throw new InputException(file.toString(), where + " has no \"" + field + "\"", "Every claim needs subject, relation and object");
        return v;
    }

    static String substring(String text, int startCp, int endCp) {
        int b = text.offsetByCodePoints(0, startCp);
        int e = text.offsetByCodePoints(b, endCp - startCp);
        return text.substring(b, e);
    }
}
