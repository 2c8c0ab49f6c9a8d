package org.inductionrecords.bench;

import java.util.List;
import java.util.function.ToLongFunction;

/** Median, min, max and percentiles of measured values. */
final class Stats {

    private Stats() {
    }

    static <T> long median(List<T> runs, ToLongFunction<T> value) {
        return percentile(runs.stream().mapToLong(value).sorted().toArray(), 50);
    }

    static <T> long min(List<T> runs, ToLongFunction<T> value) {
        return runs.stream().mapToLong(value).min().orElseThrow();
    }

    static <T> long max(List<T> runs, ToLongFunction<T> value) {
        return runs.stream().mapToLong(value).max().orElseThrow();
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
