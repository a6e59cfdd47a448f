package org.solidarityatlas.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.solidarityatlas.export.DatasetExport;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code atlas export}: writes the stored dataset as JSON, GraphML, GEXF or an .xlsx workbook. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = AtlasVersion.class,
        description = {
            "Writes the stored dataset to a file.",
            "Formats: json (the dataset format), graphml (yEd, Cytoscape, NetworkX), gexf (Gephi, dynamic, "
                    + "so that its timeline plays the history) or xlsx (a workbook to edit and import again). The file is replaced atomically. "
                    + "A data directory with no dataset yet gets the bundled one first, as the explorer does."})
final class ExportCommand extends ReportingCommand {

    @Option(names = "--format", required = true, paramLabel = "json|graphml|gexf|xlsx",
            converter = ExportFormat.class, description = "Output format: json, graphml, gexf or xlsx.")
    DatasetExport format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "File to write.")
    Path outFile;

    @Mixin
    StoreOptions storeOptions;

    @Override
    int run() throws IOException {
        if (Files.isDirectory(outFile)) {
            throw new CommandFailure("cannot write " + outFile + ": it is a directory");
        }
        Dataset dataset;
        try (GraphStore store = StoredDataset.open(storeOptions, err())) {
            dataset = store.dataset().orElseThrow(() -> new CommandFailure("the store returned no dataset"));
        }
        try {
            format.write(dataset, outFile);
        } catch (IOException e) {
            throw new CommandFailure("cannot write " + outFile + ": " + describe(e));
        }
        out().println("exported " + DatasetSpan.summary(dataset) + " to " + outFile + " (" + format.extension() + ")");
        return OK;
    }
}
