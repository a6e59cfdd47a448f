package org.solidarityatlas.bench;

import java.nio.file.Path;
import org.solidarityatlas.format.DatasetReader;
import org.solidarityatlas.format.ReadResult;

/**
 * Run in a JVM of its own by the benchmark, so that the heap it reports belongs to the import alone. Arguments:
 * a small warm-up file, then the measured one; reads (parses and checks) each and prints {@code name=value}
 * lines for the second.
 */
public final class ImportProbe {

    private ImportProbe() {
    }

    public static void main(String[] args) {
        valid(new DatasetReader().read(Path.of(args[0])));
        System.gc();
        try (HeapWatch heap = new HeapWatch()) {
            long start = System.nanoTime();
            ReadResult result = valid(new DatasetReader().read(Path.of(args[1])));
            double readSeconds = (System.nanoTime() - start) / 1e9;
            double peak = heap.peakMegabytes();
            System.out.println(BenchField.READ_100K_300K_S.jsonName() + "=" + readSeconds);
            System.out.println(BenchField.READ_PEAK_HEAP_MB.jsonName() + "=" + peak);
            // Used after the heap was measured, so the dataset was certainly live when it was.
            System.out.println("entities=" + result.dataset().orElseThrow().entities().size());
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
