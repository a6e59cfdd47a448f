package org.solidarityatlas.cli;

import java.nio.file.Path;
import java.util.List;
import org.solidarityatlas.format.DatasetReader;
import org.solidarityatlas.format.Problem;
import org.solidarityatlas.format.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code atlas validate FILE...}: checks dataset files without touching the store. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = AtlasVersion.class,
        description = {
            "Checks dataset files and reports every problem found.",
            "Prints one summary line per valid file; problems go to stderr as FILE:LINE:COLUMN: error: MESSAGE. "
                    + "Exit status: 0 all valid, 1 some file invalid, 2 usage error."})
final class ValidateCommand extends ReportingCommand {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Dataset files (solidarity-atlas/1 JSON).")
    List<Path> files;

    @Override
    int run() {
        DatasetReader reader = new DatasetReader();
        boolean allValid = true;
        for (Path file : files) {
            ReadResult result = reader.read(file);
            for (Problem problem : result.problems()) {
                err().println(problem);
            }
            if (result.isValid()) {
                out().println(file + ": valid — " + DatasetSpan.summary(result.dataset().orElseThrow())
                        + warnings(result.problems().size() - result.errors().size()));
            } else {
                allValid = false;
            }
        }
        return allValid ? OK : FAILED;
    }

    private static String warnings(int count) {
        return count == 0 ? "" : " (" + DatasetSpan.counted(count, "warning", "warnings") + ")";
    }
}
