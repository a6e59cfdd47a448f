package org.solidarityatlas.cli;

import java.nio.file.Path;
import org.solidarityatlas.format.DatasetReader;
import org.solidarityatlas.format.Problem;
import org.solidarityatlas.format.ReadResult;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code atlas import FILE}: validates a dataset file and replaces the stored dataset with it. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = AtlasVersion.class,
        description = {
            "Validates a dataset file and replaces the stored dataset with it.",
            "All or nothing: on any problem nothing changes and the exit status is 1."})
final class ImportCommand extends ReportingCommand {

    @Parameters(paramLabel = "FILE", description = "Dataset file (solidarity-atlas/1 JSON).")
    Path file;

    @Mixin
    StoreOptions storeOptions;

    @Override
    int run() {
        ReadResult result = new DatasetReader().read(file);
        for (Problem problem : result.problems()) {
            err().println(problem);
        }
        if (!result.isValid()) {
            throw new CommandFailure(file + " was not imported ("
                    + DatasetSpan.counted(result.errors().size(), "error", "errors")
                    + "); the stored dataset is unchanged");
        }
        Dataset dataset = result.dataset().orElseThrow();
        try (GraphStore store = storeOptions.open(false)) {
            store.replaceDataset(dataset);
        }
        out().println("imported " + file + " into " + storeOptions.location() + " — " + DatasetSpan.summary(dataset));
        return OK;
    }
}
