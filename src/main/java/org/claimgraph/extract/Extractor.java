package org.claimgraph.extract;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.ingest.Transcript;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.nlp.AnnotatedText;
import org.claimgraph.nlp.AsrChunker;
import org.claimgraph.nlp.ChinesePipeline;
import org.claimgraph.nlp.Chunk;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.IriScheme;
import org.claimgraph.util.DataFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * Transcript in, mentions and claims out: ASR-aware chunking, CoreNLP annotation, lexicon and NER mentions,
 * pronoun resolution, relation rules, certainty and polarity. The data files it runs on are
 * {@code ontology/lexicon.ttl} (with {@code ontology/links.ttl}), {@code rules/relations.rules} and {@code rules/cues.tsv}.
 */
public final class Extractor {
    public static final String LEXICON_FILE = "ontology/lexicon.ttl";
    /** The lexicon's links to Wikidata and DBpedia with their records; read together with the lexicon. */
    public static final String LINKS_FILE = "ontology/links.ttl";
    public static final String ONTOLOGY_FILE = "ontology/claimgraph.ttl";
    public static final String RULES_FILE = "rules/relations.rules";
    public static final String CUES_FILE = "rules/cues.tsv";
    public static final String QUANTITIES_FILE = "rules/quantities.tsv";
    /** The languages claims are extracted from; the others get lexicon mentions only. */
    public static final Set<String> CLAIM_LANGUAGES = Set.of("zh");
    private static final int CHUNK_MIN_CHARS = 30;
    private static final int CHUNK_MAX_CHARS = 60;

    private final Lexicon lexicon;
    private final AsrChunker chunker;
    private final MentionFinder mentionFinder;
    private final ClaimFinder claimFinder;
    private final java.util.function.Supplier<ChinesePipeline> pipeline;
    private final QuantityFinder quantityFinder;

    private Extractor(Lexicon lexicon, Cues cues, List<RelationRule> rules, QuantityFinder quantities,
                      java.util.function.Supplier<ChinesePipeline> pipeline, IriScheme iris) {
        this.quantityFinder = quantities;
        this.lexicon = lexicon;
        this.chunker = new AsrChunker(cues.discourse(), cues.questionParticles(), CHUNK_MIN_CHARS, CHUNK_MAX_CHARS);
        this.mentionFinder = new MentionFinder(lexicon, iris, cues);
        this.claimFinder = new ClaimFinder(rules, cues, iris, lexicon);
        this.pipeline = pipeline;
    }

    /** An extractor on the project's data files and the JVM's shared CoreNLP pipeline. */
    public static Extractor load(IriScheme iris) {
        Lexicon lexicon = loadLexicon(iris);
        Cues cues = Cues.parse(DataFiles.read(CUES_FILE), DataFiles.describe(CUES_FILE));
        List<RelationRule> rules = RelationRules.parse(DataFiles.read(RULES_FILE), DataFiles.describe(RULES_FILE), ontologyRelations());
        QuantityFinder quantities = QuantityFinder.parse(DataFiles.read(QUANTITIES_FILE), DataFiles.describe(QUANTITIES_FILE));
        return new Extractor(lexicon, cues, rules, quantities, ChinesePipeline::shared, iris);
    }

    /**
     * The lexicon with its links to other datasets ({@value #LINKS_FILE}), relative IRIs resolved against the
     * entity namespace.
     */
    public static Lexicon loadLexicon(IriScheme iris) {
        Model model = ModelFactory.createDefaultModel();
        for (String file : new String[]{LEXICON_FILE, LINKS_FILE}) {
            try (InputStream in = DataFiles.open(file)) {
                RDFParser.source(in).lang(Lang.TURTLE).base(iris.entityNamespace()).parse(model);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Lexicon.fromModel(model);
    }

    /** The local names of the relations the ontology defines (sub-properties of cg:relation). */
    public static Set<String> ontologyRelations() {
        Model ontology = ModelFactory.createDefaultModel();
        try (InputStream in = DataFiles.open(ONTOLOGY_FILE)) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(ontology);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> names = new TreeSet<>();
        ontology.listSubjectsWithProperty(RDFS.subPropertyOf, CG.relation)
                .forEach(r -> names.add(CG.localName(r.getURI())));
        return names;
    }

    public Lexicon lexicon() { return lexicon; }

    /** The mention stage as this extractor runs it (for tests of that stage alone). */
    MentionFinder mentionFinder() { return mentionFinder; }

    /** The CoreNLP pipeline this extractor runs. */
    public ChinesePipeline pipeline() { return pipeline.get(); }

    /** How this extractor cuts a text into the chunks CoreNLP annotates. */
    public List<Chunk> chunks(String text) { return chunker.chunk(text); }

    /** The tokens of a transcript as the rules see them: word, POS tag, NER tag and entity, one chunk per line. */
    public String tokenView(Transcript transcript) {
        Analysed a = analyse(transcript.text(), (d, n) -> {});
        List<Mention> mentions = a.mentions();
        StringBuilder out = new StringBuilder();
        int chunk = -1, mi = 0;
        for (org.claimgraph.nlp.Token t : a.annotated().tokens()) {
            if (t.chunk() != chunk) {
                if (chunk >= 0) out.append('\n');
                chunk = t.chunk();
                out.append('[').append(t.begin()).append("] ");
            }
            while (mi < mentions.size() && mentions.get(mi).end() <= t.begin()) mi++;
            out.append(t.word()).append('/').append(t.pos());
            if (!"O".equals(t.ner())) out.append('/').append(t.ner());
            if (mi < mentions.size() && mentions.get(mi).begin() < t.end()) {
                out.append("{").append(ClaimFinder.localName(mentions.get(mi).concept().iri())).append(':')
                        .append(ClaimFinder.localName(mentions.get(mi).concept().typeIri())).append('}');
            }
            out.append(' ');
        }
        return out.append('\n').toString();
    }

    public Extraction extract(Transcript transcript) {
        return extract(transcript, (done, total) -> {});
    }

    /**
     * Extracts from one transcript; {@code progress} hears (chunks done, chunks in all) as CoreNLP goes. The rules
     * and the CoreNLP models are Chinese: a transcript in another language gets its lexicon mentions (and years)
     * only, no claims, and CoreNLP is not run on it.
     */
    public Extraction extract(Transcript transcript, BiConsumer<Integer, Integer> progress) {
        String text = transcript.text();
        if (!CLAIM_LANGUAGES.contains(transcript.language())) {
            return new Extraction(transcript, mentionFinder.find(text, List.of()), List.of());
        }
        Analysed a = analyse(text, progress);
        ClaimFinder.Result found = claimFinder.find(text, a.annotated().tokens(), a.mentions());
        List<Quantity> quantities = quantityFinder.find(text);
        List<Claim> claims = Qualifiers.attach(found.claims(), a.annotated().chunks(), quantities, found.mentions());
        return new Extraction(transcript, found.mentions(), quantities, claims);
    }

    /** A text cut into chunks, annotated by CoreNLP, with its lexicon, NER and year mentions: what rules run on. */
    private record Analysed(AnnotatedText annotated, List<Mention> mentions) {}

    private Analysed analyse(String text, BiConsumer<Integer, Integer> progress) {
        AnnotatedText annotated = pipeline.get().annotate(text, chunker.chunk(text), progress);
        return new Analysed(annotated, mentionFinder.find(text, annotated.tokens()));
    }
}
