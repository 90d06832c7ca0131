package org.claimgraph.cli;

import org.claimgraph.app.BatchLoader;
import org.claimgraph.app.ClaimGraph;
import org.claimgraph.ingest.InputException;
import org.claimgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "load", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Extract transcripts (files or whole folders) into the TDB2 database.",
        description = {
                "Reads plain text, SRT, WebVTT, Whisper / WhisperX JSON, speaker-labelled JSON and Markdown transcripts (UTF-8, UTF-16 with BOM or GB18030), chosen by extension and content. A folder is searched recursively for .txt .srt .vtt .json .md files (hidden files, and Markdown files without speaker labels such as a README, are left out); a file inside it is named by its path relative to the folder.",
                "",
                "Documents are extracted in parallel (--jobs) by workers sharing one copy of the CoreNLP models. Each transcript's named graph is replaced whole in one write transaction, with its manifest entry and the cross-transcript counts: loading a file again adds no duplicates, a crash (even kill -9) leaves the database as it was before the transcript being written, and queries see the old or the new graph, never a mix. A file whose content is unchanged since it was loaded is skipped (--force extracts it again). A file that cannot be read is reported and nothing of it is stored; the others still load.",
                "",
                "Claims are extracted from Chinese transcripts; English ones get their segments, speakers, times and lexicon mentions, and no claims yet."},
        footer = {"", "Exit status: 0 every file loaded or unchanged; 1 nothing loaded because of errors; 3 some files failed and the others were loaded.",
                "", "Examples:", "  claimgraph load talk1.txt talk2.srt --db my-db", "  claimgraph load podcasts/ --jobs 2",
                "  claimgraph load podcasts/ --force        (extract everything again, e.g. after editing the rules)"})
final class LoadCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Transcript files or folders.")
    List<Path> paths;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Documents extracted at once (default: the number of cores, ${DEFAULT-VALUE}).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--force", description = "Extract files again even when their content is unchanged since they were loaded.")
    boolean force;

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "16",
            description = "Largest transcript file to load, in MB (default: ${DEFAULT-VALUE}); a larger one is reported and skipped. A document is held in memory whole while it is extracted.")
    double maxSizeMb;

    @Mixin Options.Db db;
    @Mixin Options.Base base;

    @Mixin Options.Quiet quiet;

    @Override
    public Integer call() {
        Console console = quiet.console(spec);
        if (jobs < 1) {
            console.error("--jobs must be at least 1");
            return 2;
        }
        if (maxSizeMb <= 0) {
            console.error("--max-size must be more than 0 MB");
            return 2;
        }
        List<BatchLoader.Source> sources;
        try {
            sources = BatchLoader.sources(paths);
        } catch (InputException e) {
            console.error(e.getMessage());
            return 1;
        }
        if (sources.isEmpty()) {
            console.error("no transcript files (." + String.join(" .", org.claimgraph.ingest.TranscriptFormats.installed().extensions())
                    + ") in " + paths + ": give transcript files or folders that hold some");
            return 1;
        }
        ClaimGraph cg = base.claimGraph(console);
        try (Store store = Store.open(db.db.toAbsolutePath().normalize(), console.log())) {
            BatchLoader.Summary s = new BatchLoader(cg, store, Math.min(jobs, sources.size()), force, Math.round(maxSizeMb * 1048576))
                    .load(sources, new LoadProgress(console));
            console.log().accept(summary(s, store));
            if (s.failed() == 0) return 0;
            return s.loaded() + s.skipped() == 0 ? 1 : 3;
        }
    }

    static String summary(BatchLoader.Summary s, Store store) {
        return String.format("done in %s: %d loaded, %d unchanged (skipped), %d failed; %,d characters extracted; the database in %s now holds %,d claims and %,d entities",
                LoadProgress.duration(s.seconds()), s.loaded(), s.skipped(), s.failed(), s.characters(), store.dir(),
                s.claimsInStore(), s.entitiesInStore());
    }
}
