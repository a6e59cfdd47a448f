package org.solidarityatlas.format;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.solidarityatlas.format.Problem.Severity;

/**
 * Reads a dataset from the files a user names, whatever their kind: one JSON file, one {@code .xlsx} workbook,
 * or the CSV files of one dataset. Files are told apart by their extension; anything else is read as JSON.
 */
public final class DatasetFiles {

    private DatasetFiles() {
    }

    /** The kinds of file a dataset is read from. */
    public enum Kind {
        JSON, WORKBOOK, CSV;

        public static Kind of(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".xlsx")) {
                return WORKBOOK;
            }
            return name.endsWith(".csv") ? CSV : JSON;
        }
    }

    /** The file name patterns an Open dialog offers. */
    public static final List<String> PATTERNS = List.of("*.json", "*.xlsx", "*.csv");

    /** Reads the files as one dataset; a combination that is not one (two workbooks, JSON with CSV) is a problem. */
    public static ReadResult read(List<Path> files) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no file to read");
        }
        boolean allCsv = files.stream().allMatch(f -> Kind.of(f) == Kind.CSV);
        if (allCsv) {
            return new SpreadsheetReader().readCsv(files);
        }
        if (files.size() > 1) {
            String names = String.join(", ", files.stream().map(Path::toString).toList());
            return new ReadResult(Optional.empty(), List.of(new Problem(names, 0, 0, Severity.ERROR,
                    ProblemText.of("files.notOneDataset"), "")));
        }
        Path file = files.get(0);
        return Kind.of(file) == Kind.WORKBOOK ? new SpreadsheetReader().readWorkbook(file)
                : new DatasetReader().read(file);
    }

    /** How the files are named in messages: "a.csv, b.csv". */
    public static String names(List<Path> files) {
        return String.join(", ", files.stream().map(Path::toString).toList());
    }
}
