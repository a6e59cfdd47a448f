package org.solidarityatlas.cli;

import java.nio.file.Path;
import java.util.List;
import org.solidarityatlas.format.DatasetFiles;
import org.solidarityatlas.format.Problem;
import org.solidarityatlas.format.ReadResult;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code atlas import FILE...}: validates a dataset (a JSON file, an .xlsx workbook, or CSV files) and replaces
 * the stored dataset with it.
 */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = AtlasVersion.class,
        description = {
            "Validates a dataset and replaces the stored dataset with it: one JSON file, one .xlsx workbook, "
                    + "or the CSV files of one dataset (entities, relationships, optionally sources and stories).",
            "All or nothing: on any problem nothing changes and the exit status is 1."})
final class ImportCommand extends ReportingCommand {

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Dataset file (solidarity-atlas/1 JSON or .xlsx), or CSV files of one dataset.")
    List<Path> files;

    @Mixin
    StoreOptions storeOptions;

    @Override
    int run() {
        ReadResult result = DatasetFiles.read(files);
        for (Problem problem : result.problems()) {
            err().println(problem);
        }
        if (!result.isValid()) {
            throw new CommandFailure(DatasetFiles.names(files) + " was not imported ("
                    + DatasetSpan.counted(result.errors().size(), "error", "errors")
                    + "); the stored dataset is unchanged");
        }
        Dataset dataset = result.dataset().orElseThrow();
        try (GraphStore store = storeOptions.open(false)) {
            store.replaceDataset(dataset);
        }
        out().println("imported " + DatasetFiles.names(files) + " into " + storeOptions.location() + " — "
                + DatasetSpan.summary(dataset));
        return OK;
    }
}
