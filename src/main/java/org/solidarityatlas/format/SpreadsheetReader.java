package org.solidarityatlas.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.solidarityatlas.format.LocatedValue.Position;
import org.solidarityatlas.format.Problem.Severity;
import org.solidarityatlas.model.Dataset;

/**
 * Reads a dataset from an {@code .xlsx} workbook (sheets Entities, Relationships, and optionally Sources,
 * Stories and Dataset; or Kumu's Elements and Connections) or from CSV files (entities, relationships and
 * optionally sources and stories, told apart by their header rows). Like {@link DatasetReader} it never throws
 * for bad input: every problem comes back located by cell ({@code FILE:SHEET!B7}) or by line and column (CSV).
 */
public final class SpreadsheetReader {

    /** The order tables are read in: entities before relationships and stories, which name them. */
    private static final List<SheetLayout> READING_ORDER = List.of(
            SheetLayout.SOURCES, SheetLayout.ENTITIES, SheetLayout.RELATIONSHIPS, SheetLayout.STORIES);

    /** Reads a workbook; problems name the file as given. */
    public ReadResult readWorkbook(Path file) {
        String fileName = file.toString();
        CellPlaces places = new CellPlaces();
        ProblemList problems = new ProblemList(fileName);
        SpreadsheetInterpreter sheets = new SpreadsheetInterpreter(problems, places);
        Optional<ProblemText> unreadable = unreadable(file);
        if (unreadable.isPresent()) {
            return failure(fileName, unreadable.get());
        }
        try (XlsxRows workbook = XlsxRows.open(file)) {
            Optional<String> datasetSheet = workbook.findSheet(List.of(SheetLayout.DATASET_SHEET));
            if (datasetSheet.isPresent()) {
                int place = places.add(fileName, datasetSheet.get());
                sheets.readDatasetSheet(place, handler -> workbook.read(datasetSheet.get(), handler));
            }
            for (SheetLayout layout : READING_ORDER) {
                Optional<String> sheet = workbook.findSheet(layout.sheetNames());
                if (sheet.isPresent()) {
                    int place = places.add(fileName, sheet.get());
                    sheets.read(layout, place, handler -> workbook.read(sheet.get(), handler));
                } else if (layout == SheetLayout.ENTITIES || layout == SheetLayout.RELATIONSHIPS) {
                    problems.error(new Position(0, 1), ProblemText.of("workbook.noSheet", layout.sheetName(),
                            layout.sheetNames().get(1), String.join(", ", workbook.sheetNames())));
                }
            }
            return result(sheets.dataset(stem(file)), problems, places, fileName);
        } catch (IOException e) {
            return failure(fileName, describe(e));
        } catch (UncheckedIOException e) {
            return failure(fileName, describe(e.getCause()));
        }
    }

    /** Reads CSV files holding one dataset; problems name each file as given. */
    public ReadResult readCsv(List<Path> files) {
        String allFiles = String.join(", ", files.stream().map(Path::toString).toList());
        CellPlaces places = new CellPlaces();
        ProblemList problems = new ProblemList(allFiles);
        // As with broken JSON, a file that cannot be read as CSV is reported alone: what follows from it is noise.
        ProblemList unreadableContent = new ProblemList(allFiles);
        for (Path file : files) {
            Optional<ProblemText> unreadable = unreadable(file);
            if (unreadable.isPresent()) {
                return failure(file.toString(), unreadable.get());
            }
        }
        Map<SheetLayout, Path> byLayout = new EnumMap<>(SheetLayout.class);
        Map<Path, Integer> placeOf = new java.util.HashMap<>();
        try {
            for (Path file : files) {
                int place = places.add(file.toString(), null);
                placeOf.put(file, place);
                Optional<SheetLayout> layout = layoutOf(file, place, places, problems, unreadableContent);
                if (layout.isEmpty()) {
                    continue;
                }
                Path earlier = byLayout.putIfAbsent(layout.get(), file);
                if (earlier != null) {
                    problems.error(places.at(place, 1, 1), ProblemText.of("csv.second",
                            ProblemText.of("csv." + words(layout.get())), earlier.toString()));
                }
            }
            for (SheetLayout required : List.of(SheetLayout.ENTITIES, SheetLayout.RELATIONSHIPS)) {
                if (!byLayout.containsKey(required) && !problems.hasErrors()) {
                    problems.error(new Position(0, 1), ProblemText.of("csv.none",
                            ProblemText.of("csv." + words(required)), allFiles, String.join(", ", required.headers())));
                }
            }
            SpreadsheetInterpreter sheets = new SpreadsheetInterpreter(problems, places);
            for (SheetLayout layout : READING_ORDER) {
                Path file = byLayout.get(layout);
                if (file != null) {
                    readCsvTable(sheets, layout, file, placeOf.get(file), places, unreadableContent);
                }
            }
            if (unreadableContent.hasErrors()) {
                return result(Optional.empty(), unreadableContent, places, allFiles);
            }
            Path entities = byLayout.getOrDefault(SheetLayout.ENTITIES, files.get(0));
            return result(sheets.dataset(stem(entities)), problems, places, allFiles);
        } catch (IOException e) {
            return failure(allFiles, describe(e));
        }
    }

    private static void readCsvTable(SpreadsheetInterpreter sheets, SheetLayout layout, Path file, int place,
            CellPlaces places, ProblemList problems) throws IOException {
        try {
            sheets.read(layout, place, handler -> CsvRows.read(file, handler));
        } catch (UnreadableInputException e) {
            problems.error(places.at(place, e.line(), e.column()), e.text());
        } catch (JsonProcessingException e) {
            problems.error(places.at(place, Math.max(1, e.getLocation() == null ? 1 : e.getLocation().getLineNr()),
                    Math.max(1, e.getLocation() == null ? 1 : e.getLocation().getColumnNr())),
                    ProblemText.of("csv.broken", e.getOriginalMessage()));
        }
    }

    /** The layout a CSV file's header row names, read from its first record only. */
    private static Optional<SheetLayout> layoutOf(Path file, int place, CellPlaces places, ProblemList problems,
            ProblemList unreadableContent) throws IOException {
        Set<String> keys = new HashSet<>();
        try {
            CsvRows.read(file, row -> {
                row.cells().forEach(cell -> keys.add(SheetLayout.key(cell.text())));
                throw new HeaderRead();
            });
        } catch (HeaderRead done) {
            Optional<SheetLayout> layout = SheetLayout.ofHeader(keys);
            if (layout.isEmpty()) {
                problems.error(places.at(place, 1, 1), ProblemText.of("csv.unknownHeader"));
            }
            return layout;
        } catch (UnreadableInputException e) {
            unreadableContent.error(places.at(place, e.line(), e.column()), e.text());
            return Optional.empty();
        } catch (JsonProcessingException e) {
            unreadableContent.error(places.at(place, 1, 1), ProblemText.of("csv.broken", e.getOriginalMessage()));
            return Optional.empty();
        }
        problems.error(places.at(place, 1, 1), ProblemText.of("csv.empty"));
        return Optional.empty();
    }

    /** Stops reading a CSV file once its header row is known. */
    private static final class HeaderRead extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HeaderRead() {
            super(null, null, false, false);
        }
    }

    private static String words(SheetLayout layout) {
        return layout.sheetName().toLowerCase(java.util.Locale.ROOT);
    }

    private static ReadResult result(Optional<Dataset> dataset, ProblemList problems, CellPlaces places,
            String wholeFile) {
        List<Problem> located = new ArrayList<>();
        for (Problem problem : problems.inFileOrder()) {
            located.add(places.located(problem, wholeFile));
        }
        return new ReadResult(problems.hasErrors() ? Optional.empty() : dataset, located);
    }

    private static Optional<ProblemText> unreadable(Path file) {
        if (!Files.exists(file)) {
            return Optional.of(ProblemText.of("file.none"));
        }
        if (Files.isDirectory(file)) {
            return Optional.of(ProblemText.of("file.directory"));
        }
        if (!Files.isReadable(file)) {
            return Optional.of(ProblemText.of("file.denied"));
        }
        return Optional.empty();
    }

    private static ReadResult failure(String fileName, ProblemText message) {
        return new ReadResult(Optional.empty(), List.of(new Problem(fileName, 0, 0, Severity.ERROR, message, "")));
    }

    private static ProblemText describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return ProblemText.of("file.none");
        }
        if (e instanceof AccessDeniedException) {
            return ProblemText.of("file.denied");
        }
        return ProblemText.of("file.error", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /** The file name without its extension: the title of a dataset that gives none. */
    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
