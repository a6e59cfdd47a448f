package org.solidarityatlas.bench;

import java.util.Arrays;

/** Repeated measurements of one operation, in milliseconds. */
final class Timings {

    private double[] millis = new double[16];
    private int count;

    void add(double value) {
        if (count == millis.length) {
            millis = Arrays.copyOf(millis, count * 2);
        }
        millis[count++] = value;
    }

    /** Times {@code operation} once and records it. */
    void time(Runnable operation) {
        long start = System.nanoTime();
        operation.run();
        add((System.nanoTime() - start) / 1e6);
    }

    double median() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    /** Nearest-rank percentile. */
    double percentile(int percent) {
        if (count == 0) {
            throw new IllegalStateException("nothing was measured");
        }
        double[] sorted = Arrays.copyOf(millis, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * count);
        return sorted[Math.max(0, rank - 1)];
    }
}
