package dev.fieldcrm.bench;

import java.util.Arrays;

/** Latency summary of one measured cell, from every sample (nanoseconds in, microseconds out). */
public record Percentiles(int count, long p50Micros, long p99Micros, long p999Micros, long meanMicros, long maxMicros) {

    public static Percentiles of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        long sum = 0;
        for (long n : sorted) {
            sum += n;
        }
        return new Percentiles(sorted.length, micros(rank(sorted, 0.50)), micros(rank(sorted, 0.99)),
                micros(rank(sorted, 0.999)), micros(sum / Math.max(1, sorted.length)), micros(sorted[sorted.length - 1]));
    }

    // Nearest-rank percentile: the smallest sample with at least q of all samples at or below it.
    private static long rank(long[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static long micros(long nanos) {
        return Math.round(nanos / 1000.0);
    }
}
