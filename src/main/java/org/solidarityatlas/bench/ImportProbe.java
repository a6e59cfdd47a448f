package org.solidarityatlas.bench;

import java.nio.file.Path;
import java.util.List;
import org.solidarityatlas.format.DatasetFiles;
import org.solidarityatlas.format.ReadResult;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.store.Neo4jGraphStore;

/**
 * Run in a JVM of its own by the benchmark, so that the heap it reports belongs to the import alone. Arguments:
 * a small warm-up file, the measured file, and two empty data directories (warm-up, measured). Imports each file
 * end to end (parse, check, load into the store, indexes online) and prints {@code name=value} lines for the
 * measured one; its store stays behind for the query measurements. Workbooks ({@code .xlsx}) are read the way
 * {@code atlas import} reads them and reported under the workbook figures' names.
 */
public final class ImportProbe {

    private ImportProbe() {
    }

    public static void main(String[] args) {
        importInto(Path.of(args[0]), Path.of(args[2]));
        System.gc();
        try (HeapWatch heap = new HeapWatch()) {
            long start = System.nanoTime();
            double readSeconds = importInto(Path.of(args[1]), Path.of(args[3]));
            double seconds = (System.nanoTime() - start) / 1e9;
            double peak = heap.peakMegabytes();
            if (args[1].endsWith(".xlsx")) {
                System.out.println(BenchField.IMPORT_XLSX_100K_300K_S.jsonName() + "=" + seconds);
                System.out.println(BenchField.IMPORT_XLSX_PEAK_HEAP_MB.jsonName() + "=" + peak);
                return;
            }
            System.out.println(BenchField.IMPORT_100K_300K_S.jsonName() + "=" + seconds);
            System.out.println(BenchField.IMPORT_PEAK_HEAP_MB.jsonName() + "=" + peak);
            System.out.println(BenchField.READ_100K_300K_S.jsonName() + "=" + readSeconds);
        }
    }

    /**
     * Opening the empty store is not part of the import; everything after it is. Returns the seconds spent
     * reading (parsing and checking) the file, the first part of the import.
     */
    private static double importInto(Path file, Path dataDirectory) {
        try (Neo4jGraphStore store = Neo4jGraphStore.open(dataDirectory)) {
            long start = System.nanoTime();
            Dataset dataset = valid(DatasetFiles.read(List.of(file))).dataset().orElseThrow();
            double readSeconds = (System.nanoTime() - start) / 1e9;
            store.replaceDataset(dataset);
            return readSeconds;
        }
    }

    private static ReadResult valid(ReadResult result) {
        if (!result.isValid()) {
            System.err.println(result.problems().isEmpty() ? "invalid dataset" : result.problems().get(0).toString());
            System.exit(1);
        }
        return result;
    }
}
