package org.claimgraph.server;

import org.claimgraph.util.DataFiles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The canned queries of {@code queries/*.rq}, read when the server starts (from {@code claimgraph.home} when the
 * launcher set it, else from the jar). A file's first comment line is its question, the label the pages show; the
 * comment lines after it describe it.
 */
final class CannedQueries {
    private CannedQueries() {}

    /** The files shown first, in this order; any other file follows by name. */
    private static final List<String> FIRST = List.of("claims.rq", "claims-by-relation.rq", "entities-by-mentions.rq",
            "hedged-claims.rq", "claims-about-entity.rq", "claims-in-several-sources.rq", "asserted-graph.rq");

    /**
     * One canned query.
     *
     * @param file        the file name, e.g. {@code claims.rq}
     * @param question    the first comment line, without its {@code #}
     * @param description the comment lines after it, joined by spaces
     * @param text        the whole file
     */
    record Query(String file, String question, String description, String text) {
        /** True for a CONSTRUCT or DESCRIBE query, whose answer is RDF rather than a table. */
        boolean givesGraph() {
            return text.lines().map(String::strip).filter(l -> !l.startsWith("#") && !l.startsWith("PREFIX") && !l.isEmpty())
                    .findFirst().map(l -> l.startsWith("CONSTRUCT") || l.startsWith("DESCRIBE")).orElse(false);
        }
    }

    static List<Query> load() {
        List<Query> queries = new ArrayList<>();
        for (String file : DataFiles.list("queries", ".rq")) queries.add(parse(file, DataFiles.read("queries/" + file)));
        queries.sort(Comparator.comparingInt((Query q) -> FIRST.contains(q.file()) ? FIRST.indexOf(q.file()) : FIRST.size())
                .thenComparing(Query::file));
        return List.copyOf(queries);
    }

    static Query parse(String file, String text) {
        List<String> comments = text.lines().takeWhile(l -> l.startsWith("#")).map(l -> l.replaceFirst("^#\\s?", "").strip()).toList();
        String question = comments.isEmpty() || comments.get(0).isEmpty() ? file : comments.get(0);
        String description = comments.size() > 1 ? String.join(" ", comments.subList(1, comments.size())).strip() : "";
        return new Query(file, question, description, text);
    }
}
