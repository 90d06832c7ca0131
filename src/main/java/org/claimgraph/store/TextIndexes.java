package org.claimgraph.store;

import org.apache.jena.assembler.Assembler;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.Version;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Keeping the Lucene text index true to the TDB2 data it indexes.
 * <p>
 * jena-text commits the index as a part of each TDB2 write transaction, after TDB2's own commit point: a process
 * killed between the two leaves TDB2 with the change and the index without it (the other way round cannot happen,
 * and TDB2 is the truth the index can always be rebuilt from). A database made before the index existed has none.
 * So when a database is opened, {@link #staleness} compares the index with the data: the fingerprint of the index
 * definition it was built with (kept in the Lucene commit) and, for every indexed triple, the entry jena-text would
 * make for it (the number of entries and an order-independent sum of their uids). {@link #rebuild} makes the index
 * anew from the data.
 */
final class TextIndexes {
    private TextIndexes() {}

    /** The Lucene commit's user data key for the fingerprint of the definition the index was built by. */
    static final String DEFINITION_KEY = "claimgraph.indexDefinition";

    /** How a rebuild went. */
    record Rebuilt(long entries, double seconds) {}

    /** The text index the configuration describes (its folder is created when missing). */
    static TextIndexLucene assemble(Model config) {
        return (TextIndexLucene) Assembler.general().open(DatasetDescription.textIndex(config));
    }

    /**
     * The fingerprint of what decides the index's entries: fields and their predicates, the special fields, the
     * analyzer classes, whether values are stored, and the Lucene version.
     */
    static String fingerprint(Model config, TextIndexLucene index) {
        EntityDefinition def = index.getDocDef();
        List<String> lines = new ArrayList<>();
        for (String field : new TreeSet<>(def.fields())) {
            lines.add("field " + field + " = " + new TreeSet<>(def.getPredicates(field).stream().map(Node::toString).toList()));
        }
        lines.add("entity " + def.getEntityField() + ", uid " + def.getUidField() + ", graph " + def.getGraphField() + ", lang " + def.getLangField());
        var text = config.createProperty(DatasetDescription.TEXT, "class");
        lines.add("analyzers " + new TreeSet<>(config.listObjectsOfProperty(text).mapWith(RDFNode::toString).toList()));
        var stored = config.createProperty(DatasetDescription.TEXT, "storeValues");
        lines.add("stored " + new TreeSet<>(config.listObjectsOfProperty(stored).mapWith(RDFNode::toString).toList()));
        lines.add("lucene " + Version.LATEST);
        return HexFormat.of().formatHex(sha256(String.join("\n", lines))).substring(0, 32);
    }

    /** Why the index does not match the data, or null when it does. Reads the data in a read transaction. */
    static String staleness(DatasetGraph base, TextIndexLucene index, String fingerprint) {
        Digest inIndex;
        String builtBy;
        try (DirectoryReader reader = DirectoryReader.open(index.getDirectory())) {
            builtBy = reader.getIndexCommit().getUserData().get(DEFINITION_KEY);
            inIndex = digestOf(reader, index.getDocDef().getUidField());
        } catch (IOException e) {
            return "it cannot be read (" + e.getMessage() + ")";
        }
        Digest inData = Txn.calculateRead(base, () -> {
            Digest d = new Digest();
            forEachIndexed(base, index.getDocDef(), (quad, uid) -> d.add(uid));
            return d;
        });
        if (inIndex.count == 0 && inData.count == 0) return null;
        if (inIndex.count == 0) return "it is empty";
        if (!fingerprint.equals(builtBy)) return "it was not built with the index definition of " + DatasetDescription.CONFIG_FILE;
        if (inIndex.count != inData.count) return "it has " + inIndex.count + " entries for " + inData.count + " indexed literals";
        if (inIndex.sum != inData.sum) return "its entries are not those of the indexed literals";
        return null;
    }

    /**
     * Empties the index and indexes every literal of an indexed predicate anew, in one TDB2 write transaction (so no
     * other writer runs meanwhile) that commits the index: jena-text's transaction component, which the
     * {@code DatasetGraphText} over {@code base} has registered, commits it with the transaction.
     */
    static Rebuilt rebuild(DatasetGraph base, TextIndexLucene index, String fingerprint, Consumer<String> log) {
        long t0 = System.nanoTime();
        long entries = Txn.calculateWrite(base, () -> {
            try {
                index.getIndexWriter().deleteAll();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            long[] n = {0};
            forEachIndexed(base, index.getDocDef(), (quad, uid) -> {
                index.addEntity(TextQueryFuncs.entityFromQuad(index.getDocDef(), quad));
                n[0]++;
            });
            index.getIndexWriter().setLiveCommitData(Map.of(DEFINITION_KEY, fingerprint).entrySet());
            return n[0];
        });
        Rebuilt r = new Rebuilt(entries, (System.nanoTime() - t0) / 1e9);
        log.accept(String.format("text index rebuilt: %d labels and quotes indexed in %.1f s", r.entries(), r.seconds()));
        return r;
    }

    /** The fingerprint the index was last stamped with, or null. */
    static String builtBy(TextIndexLucene index) {
        try (DirectoryReader reader = DirectoryReader.open(index.getDirectory())) {
            return reader.getIndexCommit().getUserData().get(DEFINITION_KEY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stamps the index with the definition it was made by (an index made empty, for an empty database, is up to date). */
    static void stamp(DatasetGraph base, TextIndexLucene index, String fingerprint) {
        Txn.executeWrite(base, () -> index.getIndexWriter().setLiveCommitData(Map.of(DEFINITION_KEY, fingerprint).entrySet()));
    }

    /** Every quad the index holds an entry for, with the uid of that entry. */
    private static void forEachIndexed(DatasetGraph base, EntityDefinition def, java.util.function.BiConsumer<Quad, String> action) {
        // The assembler registers a predicate once per entry of its field in text:map: take each once.
        for (String field : new java.util.LinkedHashSet<>(def.fields())) {
            for (Node p : new java.util.LinkedHashSet<>(def.getPredicates(field))) {
                base.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                    if (!q.getObject().isLiteral() || q.getSubject().isLiteral()) return;
                    var entity = TextQueryFuncs.entityFromQuad(def, q);
                    action.accept(q, entity.getChecksum(field, q.getObject().getLiteralLexicalForm()));
                });
            }
        }
    }

    private static Digest digestOf(DirectoryReader reader, String uidField) throws IOException {
        Digest d = new Digest();
        Set<String> fields = Set.of(uidField);
        for (LeafReaderContext leaf : reader.leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            StoredFields stored = leaf.reader().storedFields();
            for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                if (live != null && !live.get(i)) continue;
                String uid = stored.document(i, fields).get(uidField);
                d.add(uid == null ? "" : uid);
            }
        }
        return d;
    }

    /** A count and an order-independent sum of uids (hex SHA-256 strings). */
    private static final class Digest {
        long count;
        long sum;

        void add(String uid) {
            count++;
            sum += uid.length() >= 16 ? Long.parseUnsignedLong(uid.substring(0, 16), 16) : uid.hashCode();
        }
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
