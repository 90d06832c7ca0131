package org.claimgraph.extract;

import org.claimgraph.Sample;
import org.claimgraph.ingest.TranscriptReader;
import org.claimgraph.util.DataFiles;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Quantities and years as qualifiers: the finder alone, and through the real pipeline on short made-up transcripts. */
class QualifiersTest {
    private static final String NS = Sample.IRIS.entityNamespace();

    private static Extraction extract(String text) throws Exception {
        return Sample.extractor().extract(new TranscriptReader().read("t.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void quantitiesWithTheBundledUnitsIncludingMisheardOnes() {
        QuantityFinder f = QuantityFinder.parse(DataFiles.read(Extractor.QUANTITIES_FILE), "quantities.tsv");
        List<Quantity> q = f.find("你只用77个token 我们的语言模型几百m 一个币多一点 跟上百币的大模型 1750亿参数 a 5 B model 3 bananas");
        assertEquals(List.of("77个token=77 token", "几百m=几百 million", "一个币=一 billion", "上百币=上百 billion", "1750亿=1750 hundred million",
                        "5 B=5 billion"),
                q.stream().map(x -> x.text() + "=" + x.amount() + " " + x.unit()).toList());
    }

    @Test
    void aPredictionCarriesItsYearAndHedge() throws Exception {
        Extraction e = extract("我觉得GPT-4应该会在2024年发布");
        Claim c = e.claims().stream().filter(x -> x.relation().equals("predictedFor")).findFirst().orElseThrow(() -> new AssertionError(e.claims()));
        assertEquals(NS + "GPT-4", c.subject().iri());
        assertEquals(Sample.IRIS.time("2024"), c.object().iri());
        assertEquals("2024", c.statements().get(0).year());
        assertEquals(Certainty.HEDGED, c.certainty());
    }

    @Test
    void aComparisonCarriesItsAspect() throws Exception {
        Extraction e = extract("我们发现GPT-4在reasoning上面的performance要比GPT-3好很多");
        Claim c = e.claims().stream().filter(x -> x.relation().equals("outperforms")).findFirst().orElseThrow(() -> new AssertionError(e.claims()));
        assertEquals(NS + "GPT-4", c.subject().iri());
        assertEquals(NS + "GPT-3", c.object().iri());
        assertEquals(NS + "reasoning", c.statements().get(0).aspect().concept().iri());
        assertEquals(Certainty.ASSERTED, c.certainty(), "我们发现 states a finding");
    }

    @Test
    void aQuantityInTheClauseOfAStatementQualifiesIt() throws Exception {
        Extraction e = extract("单模态的话其实你只要77个token就够了");
        Claim c = e.claims().stream().filter(x -> x.relation().equals("requires")).findFirst().orElseThrow(() -> new AssertionError(e.claims()));
        assertEquals(NS + "unimodality", c.subject().iri());
        assertEquals(NS + "token", c.object().iri());
        assertEquals(List.of("77个token"), c.statements().get(0).quantities().stream().map(Quantity::text).toList());
    }
}
