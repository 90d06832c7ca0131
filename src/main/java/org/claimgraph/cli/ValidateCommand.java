package org.claimgraph.cli;

import org.apache.jena.graph.Node;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.claimgraph.app.ClaimGraph;
import org.claimgraph.ingest.InputException;
import org.claimgraph.store.Store;
import org.claimgraph.validate.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Check the graphs against the SHACL shapes (ontology/shapes.ttl).",
        description = {
                "The union of all graphs (every transcript, the cross-transcript counts and the ontology and lexicon) is checked as the endpoint shows it: types, cardinalities, labels, that every quote and mention equals the transcript text at its offsets, and that support counts equal the evidence. Prints the violations; the exit status is 1 if there is any."},
        footer = {"", "Examples:", "  claimgraph validate", "  claimgraph validate --data sample/ai-panel-2023.zh.txt"})
final class ValidateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin DataSource source;
    @Mixin Options.Base base;

    @Mixin Options.Quiet quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Console console = quiet.console(spec);
        ClaimGraph cg = base.claimGraph(console);
        Validator validator = new Validator(cg.vocabularyGraph());
        String what;
        DatasetGraph dsg;
        Store store = null;
        if (source.dataFile() != null) {
            try {
                dsg = DataSource.loadData(source.dataFile(), cg);
            } catch (InputException e) {
                console.error(e.getMessage());
                return 1;
            }
            what = source.dataFile().toString();
        } else {
            if (source.dbMissing()) {
                console.error(source.missingDbMessage());
                return 1;
            }
            store = Store.open(source.dbDir(), console.log());
            dsg = store.dataset();
            what = source.dbDir().toString();
        }
        try {
            int transcripts = transcriptGraphs(dsg);
            if (transcripts == 0) {
                console.error("no transcript graphs to validate in " + what);
                return 1;
            }
            ValidationReport report = validator.validate(dsg);
            if (report.conforms()) {
                out.println("conforms: " + what + " (" + transcripts + " transcript" + (transcripts == 1 ? "" : "s") + ")");
                out.flush();
                return 0;
            }
            out.println("VIOLATIONS (" + report.getEntries().size() + "): " + what);
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            ShLib.printReport(buf, report);
            out.println(buf.toString(StandardCharsets.UTF_8));
            out.flush();
            return 1;
        } finally {
            if (store != null) store.close();
        }
    }

    /** The number of graphs that hold a transcript. */
    private static int transcriptGraphs(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            java.util.Set<Node> names = new java.util.HashSet<>();
            dsg.find(Node.ANY, Node.ANY, org.apache.jena.vocabulary.RDF.Nodes.type, org.claimgraph.rdf.CG.Nodes.Transcript)
                    .forEachRemaining(q -> { if (q.getGraph().equals(q.getSubject())) names.add(q.getGraph()); });
            return names.size();
        });
    }
}
