package org.claimgraph.cli;

import org.claimgraph.app.ClaimGraph;
import org.claimgraph.eval.GoldClaim;
import org.claimgraph.eval.GoldFile;
import org.claimgraph.eval.Score;
import org.claimgraph.eval.Scorer;
import org.claimgraph.extract.Extraction;
import org.claimgraph.extract.Extractor;
import org.claimgraph.ingest.InputException;
import org.claimgraph.ingest.Transcript;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Measure the extractor against a gold annotation of a transcript.",
        description = {
                "Extracts FILE and compares its claims with the gold file: precision, recall and F1 overall and per relation, agreement on certainty and polarity, and how many gold evidence spans were found. A claim counts as found when subject, relation and object are the same and one of its statements overlaps a gold evidence span. The gold format and the annotation guideline are in docs/annotation-guideline.md."},
        footer = {"", "Example:", "  claimgraph eval --gold src/test/resources/gold/ai-panel-2023.zh.gold.json sample/ai-panel-2023.zh.txt"})
final class EvalCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--gold", paramLabel = "GOLD", required = true, description = "The gold annotation (JSON) of FILE.")
    Path gold;

    @Parameters(paramLabel = "FILE", description = "The transcript the gold file annotates.")
    Path file;

    @Option(names = {"-v", "--verbose"}, description = "Also list the missed and the spurious claims.")
    boolean verbose;

    @Mixin Options.Base base;
    @Mixin Options.Quiet quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Console console = quiet.console(spec);
        ClaimGraph cg = base.claimGraph(console);
        try {
            Transcript t = cg.read(file);
            List<GoldClaim> goldClaims = GoldFile.read(gold, t.text(), Extractor.ontologyRelations());
            Extraction extraction = cg.extractClaims(t);
            Score score = new Scorer(cg.lexicon(), cg.iris()).score(goldClaims, extraction.claims(), t.text());
            print(out, score, verbose);
            return 0;
        } catch (InputException e) {
            console.error(e.getMessage());
            return 1;
        }
    }

    static void print(PrintWriter out, Score s, boolean verbose) {
        Score.Counts o = s.overall();
        out.printf(Locale.ROOT, "claims: %d in gold, %d extracted, %d correct%n", o.gold(), o.system(), o.correct());
        out.printf(Locale.ROOT, "precision %.3f  recall %.3f  F1 %.3f%n", o.precision(), o.recall(), o.f1());
        out.printf(Locale.ROOT, "certainty agreement %d/%d = %.3f   polarity agreement %d/%d = %.3f%n",
                s.certaintyAgree(), o.correct(), s.certaintyAgreement(), s.polarityAgree(), o.correct(), s.polarityAgreement());
        out.printf(Locale.ROOT, "gold evidence spans found %d/%d%n%n", s.goldSpansFound(), s.goldSpans());
        out.printf(Locale.ROOT, "%-16s %5s %5s %7s %6s %6s %6s%n", "relation", "gold", "found", "correct", "P", "R", "F1");
        s.byRelation().forEach((r, c) -> out.printf(Locale.ROOT, "%-16s %5d %5d %7d %6.3f %6.3f %6.3f%n",
                r, c.gold(), c.system(), c.correct(), c.precision(), c.recall(), c.f1()));
        if (verbose) {
            out.println();
            out.println("missed (in gold, not extracted):");
            s.missed().forEach(m -> out.println("  " + m));
            out.println("spurious (extracted, not in gold):");
            s.spurious().forEach(m -> out.println("  " + m));
            out.println("found, but with another certainty or polarity:");
            s.disagreements().forEach(m -> out.println("  " + m));
        }
        out.flush();
    }
}
