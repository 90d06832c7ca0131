package org.claimgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.BiConsumer;

/**
 * Stanford CoreNLP's Chinese segmenter, POS tagger and NER over ASR chunks. Loading takes 20-45 s and about
 * 2 GB of heap, so a JVM should hold one instance ({@link #shared()}).
 */
public final class ChinesePipeline {
    /** The annotators run on every chunk; {@code lemma} is a no-op for Chinese that NER requires. */
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner";

    private static volatile ChinesePipeline shared;

    private final StanfordCoreNLP corenlp;
    private final long loadMillis;

    private ChinesePipeline(Properties props) {
        long t0 = System.nanoTime();
        this.corenlp = new StanfordCoreNLP(props);
        this.loadMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    /** The JVM's pipeline, loaded on first use. */
    public static ChinesePipeline shared() {
        ChinesePipeline p = shared;
        if (p == null) {
            synchronized (ChinesePipeline.class) {
                p = shared;
                if (p == null) shared = p = new ChinesePipeline(properties(ANNOTATORS));
            }
        }
        return p;
    }

    /** Whether {@link #shared()} has already loaded the models. */
    public static boolean isLoaded() { return shared != null; }

    /** CoreNLP's Chinese defaults with the given annotators; each chunk is annotated as exactly one sentence. */
    public static Properties properties(String annotators) {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        p.setProperty("tokenize.language", "zh");
        p.setProperty("segment.model", "edu/stanford/nlp/models/segmenter/chinese/ctb.gz");
        p.setProperty("segment.sighanCorporaDict", "edu/stanford/nlp/models/segmenter/chinese");
        p.setProperty("segment.serDictionary", "edu/stanford/nlp/models/segmenter/chinese/dict-chris6.ser.gz");
        p.setProperty("segment.sighanPostProcessing", "true");
        p.setProperty("ssplit.isOneSentence", "true");
        p.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/chinese-distsim.tagger");
        p.setProperty("ner.language", "chinese");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/chinese.misc.distsim.crf.ser.gz");
        p.setProperty("ner.applyNumericClassifiers", "true");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.fine.regexner.mapping", "edu/stanford/nlp/models/kbp/chinese/gazetteers/cn_regexner_mapping.tab");
        p.setProperty("ner.fine.regexner.noDefaultOverwriteLabels", "CITY,COUNTRY,STATE_OR_PROVINCE");
        return p;
    }

    public long loadMillis() { return loadMillis; }

    /**
     * Annotates each chunk of {@code text} separately; token offsets are those of {@code text}.
     * {@code progress} hears (chunks done, chunks in all) after each chunk.
     */
    public AnnotatedText annotate(String text, List<Chunk> chunks, BiConsumer<Integer, Integer> progress) {
        List<Token> tokens = new ArrayList<>();
        for (int c = 0; c < chunks.size(); c++) {
            Chunk chunk = chunks.get(c);
            Annotation doc = new Annotation(text.substring(chunk.begin(), chunk.end()));
            corenlp.annotate(doc);
            for (CoreLabel label : doc.get(CoreAnnotations.TokensAnnotation.class)) {
                int begin = chunk.begin() + label.beginPosition();
                int end = chunk.begin() + label.endPosition();
                tokens.add(new Token(tokens.size(), begin, end, label.word(), label.tag(), label.ner(), c));
            }
            progress.accept(c + 1, chunks.size());
        }
        return new AnnotatedText(text, chunks, tokens);
    }
}
