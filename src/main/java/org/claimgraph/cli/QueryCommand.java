package org.claimgraph.cli;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.rdf.model.Model;
import org.claimgraph.app.ClaimGraph;
import org.claimgraph.ingest.InputException;
import org.claimgraph.rdf.Prefixes;
import org.claimgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import org.apache.jena.shared.PrefixMapping;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "query", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Run a SPARQL query against the database or a file.",
        description = {
                "QUERY is a file (such as queries/claims.rq) or the query text itself. The default graph is the union of all transcripts' graphs, as on the server. SELECT results print as a table, JSON (SPARQL 1.1 results), CSV or TSV; ASK prints true or false; CONSTRUCT and DESCRIBE print Turtle (JSON-LD with --format json)."},
        footer = {"", "Examples:", "  claimgraph query queries/claims.rq",
                "  claimgraph query queries/claims.rq --data sample/ai-panel-2023.zh.txt --format json",
                "  claimgraph query 'PREFIX cg: <https://w3id.org/claimgraph/ns#> SELECT * { ?x cg:improves ?y }'"})
final class QueryCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "QUERY", description = "A .rq file or SPARQL text.")
    String query;

    @Mixin DataSource source;
    @Mixin Options.Base base;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json, csv or tsv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin Options.Quiet quiet;

    enum Format { table, json, csv, tsv }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Console console = quiet.console(spec);
        Query q;
        try {
            q = QueryFactory.create(queryText());
        } catch (QueryParseException e) {
            console.error("the query is not valid SPARQL: " + Main.oneLine(e) + " Check it, e.g. against queries/claims.rq");
            return 1;
        } catch (InputException e) {
            console.error(e.getMessage());
            return 1;
        }
        ClaimGraph cg = base.claimGraph(console);
        if (source.dataFile() != null) {
            try {
                DatasetGraph dsg = DataSource.loadData(source.dataFile(), cg);
                Txn.executeRead(dsg, () -> run(q, dsg, out));
            } catch (InputException e) {
                console.error(e.getMessage());
                return 1;
            }
            return 0;
        }
        if (source.dbMissing()) {
            console.error(source.missingDbMessage());
            return 1;
        }
        try (Store store = Store.open(source.dbDir(), console.log())) {
            Txn.executeRead(store.dataset(), () -> run(q, store.dataset(), out));
        }
        return 0;
    }

    private String queryText() throws IOException, InputException {
        Path file = Path.of(query);
        if (query.endsWith(".rq") || query.endsWith(".sparql")) {
            if (!Files.isRegularFile(file)) throw new InputException(query, "no such query file", "Check the path; the canned queries are in queries/");
            return Files.readString(file);
        }
        return Files.isRegularFile(file) ? Files.readString(file) : query;
    }

    private void run(Query q, DatasetGraph dsg, PrintWriter out) {
        OutputStream stream = new WriterOutputStream(out);
        try (QueryExecution qe = QueryExecution.create(q, DatasetFactory.wrap(dsg))) {
            if (q.isSelectType()) {
                ResultSet rs = qe.execSelect();
                switch (format) {
                    case table -> ResultSetFormatter.out(stream, rs, prefixes(q));
                    case json -> ResultSetFormatter.outputAsJSON(stream, rs);
                    case csv -> ResultSetFormatter.outputAsCSV(stream, rs);
                    case tsv -> ResultSetFormatter.outputAsTSV(stream, rs);
                }
            } else if (q.isAskType()) {
                boolean answer = qe.execAsk();
                if (format == Format.json) ResultSetFormatter.outputAsJSON(stream, answer);
                else out.println(answer);
            } else {
                Model m = q.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                RDFDataMgr.write(stream, m, format == Format.json ? Lang.JSONLD : Lang.TURTLE);
            }
        }
        try {
            stream.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private PrefixMapping prefixes(Query q) {
        PrefixMapping pm = PrefixMapping.Factory.create();
        Prefixes.forBase(base.iris()).forEach(pm::setNsPrefix);
        pm.setNsPrefixes(q.getPrefixMapping());
        return pm;
    }
}
