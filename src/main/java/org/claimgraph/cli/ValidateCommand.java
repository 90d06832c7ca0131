package org.claimgraph.cli;

import org.apache.jena.graph.Node;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.claimgraph.app.ClaimGraph;
import org.claimgraph.ingest.InputException;
import org.claimgraph.rdf.NamedGraph;
import org.claimgraph.store.Store;
import org.claimgraph.validate.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Check the graphs against the SHACL shapes (ontology/shapes.ttl).",
        description = {
                "Each transcript's graph is checked together with the ontology and lexicon: types, cardinalities, labels, and that every quote and mention equals the transcript text at its offsets. Prints a report per graph; the exit status is 1 if any graph has a violation."},
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
        List<NamedGraph> graphs;
        if (source.dataFile() != null) {
            try {
                graphs = namedGraphs(DataSource.loadData(source.dataFile(), cg), validator.vocabularyGraphName());
            } catch (InputException e) {
                console.error(e.getMessage());
                return 1;
            }
        } else {
            if (source.dbMissing()) {
                console.error(source.missingDbMessage());
                return 1;
            }
            try (Store store = Store.open(source.dbDir())) {
                graphs = namedGraphs(store.dataset(), validator.vocabularyGraphName());
            }
        }
        if (graphs.isEmpty()) {
            console.error("no transcript graphs to validate");
            return 1;
        }
        int failing = 0;
        for (NamedGraph ng : graphs) {
            ValidationReport report = validator.validate(ng.graph());
            if (report.conforms()) {
                out.println("conforms: <" + ng.name().getURI() + ">");
            } else {
                failing++;
                out.println("VIOLATIONS (" + report.getEntries().size() + "): <" + ng.name().getURI() + ">");
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                ShLib.printReport(buf, report);
                out.println(buf.toString(StandardCharsets.UTF_8));
            }
        }
        out.flush();
        return failing == 0 ? 0 : 1;
    }

    private static List<NamedGraph> namedGraphs(DatasetGraph dsg, Node vocabularyGraph) {
        return Txn.calculateRead(dsg, () -> {
            List<NamedGraph> graphs = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(n -> {
                if (n.equals(vocabularyGraph)) return;
                org.apache.jena.graph.Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                dsg.getGraph(n).find().forEach(copy::add);
                graphs.add(new NamedGraph(n, copy));
            });
            return graphs;
        });
    }
}
