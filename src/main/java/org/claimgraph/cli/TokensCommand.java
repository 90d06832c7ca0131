package org.claimgraph.cli;

import org.claimgraph.app.ClaimGraph;
import org.claimgraph.ingest.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "tokens", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Show a transcript's tokens as the relation rules see them (for writing rules).",
        description = {
                "One clause per line, starting with its character offset; each token as word/POS[/NER][{entity:Class}]. Relation rules (rules/relations.rules) are TokensRegex patterns over exactly these tokens."},
        footer = {"", "Example:", "  claimgraph tokens sample/ai-panel-2023.zh.txt | grep -n 'base/'"})
final class TokensCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A plain-text transcript, UTF-8.")
    Path file;

    @Mixin Options.Base base;
    @Mixin Options.Quiet quiet;

    @Override
    public Integer call() {
        Console console = quiet.console(spec);
        ClaimGraph cg = base.claimGraph(console);
        try {
            spec.commandLine().getOut().print(cg.tokenView(cg.read(file)));
            spec.commandLine().getOut().flush();
            return 0;
        } catch (InputException e) {
            console.error(e.getMessage());
            return 1;
        }
    }
}
