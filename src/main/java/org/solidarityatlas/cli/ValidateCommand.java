package org.solidarityatlas.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.solidarityatlas.format.DatasetFiles;
import org.solidarityatlas.format.Problem;
import org.solidarityatlas.format.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code atlas validate FILE...}: checks dataset files without touching the store. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = AtlasVersion.class,
        description = {
            "Checks dataset files (JSON or .xlsx) and reports every problem found; CSV files are checked "
                    + "together as one dataset.",
            "Prints one summary line per valid dataset; problems go to stderr as FILE:LINE:COLUMN: error: MESSAGE "
                    + "(FILE:SHEET!CELL: error: MESSAGE for workbooks). "
                    + "Exit status: 0 all valid, 1 some file invalid, 2 usage error."})
final class ValidateCommand extends ReportingCommand {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Dataset files (solidarity-atlas/1 JSON, .xlsx workbooks, CSV files).")
    List<Path> files;

    @Override
    int run() {
        boolean allValid = true;
        for (List<Path> dataset : datasets()) {
            ReadResult result = DatasetFiles.read(dataset);
            for (Problem problem : result.problems()) {
                err().println(problem);
            }
            if (result.isValid()) {
                out().println(DatasetFiles.names(dataset) + ": valid — " + DatasetSpan.summary(result.dataset().orElseThrow())
                        + warnings(result.problems().size() - result.errors().size()));
            } else {
                allValid = false;
            }
        }
        return allValid ? OK : FAILED;
    }

    /** Each JSON file or workbook on its own; the CSV files together, as the tables of one dataset. */
    private List<List<Path>> datasets() {
        List<List<Path>> datasets = new ArrayList<>();
        List<Path> csv = new ArrayList<>();
        for (Path file : files) {
            if (DatasetFiles.Kind.of(file) == DatasetFiles.Kind.CSV) {
                csv.add(file);
            } else {
                datasets.add(List.of(file));
            }
        }
        if (!csv.isEmpty()) {
            datasets.add(csv);
        }
        return datasets;
    }

    private static String warnings(int count) {
        return count == 0 ? "" : " (" + DatasetSpan.counted(count, "warning", "warnings") + ")";
    }
}
