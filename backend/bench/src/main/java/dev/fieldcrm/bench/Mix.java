package dev.fieldcrm.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The mixed workload: the operations and their weights (calls per hundred, as a field team's day produces them,
 * see docs/benchmarks.md), and reproducible schedules drawn from them.
 */
final class Mix {
    private final List<LatencyProbe.Operation> operations;
    private final int[] cumulative;

    private Mix(List<LatencyProbe.Operation> operations, int[] weights) {
        this.operations = operations;
        this.cumulative = new int[weights.length];
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
    }

    /** {@code weights} as {@code name:weight,...}; every operation needs one. */
    static Mix of(List<LatencyProbe.Operation> operations, String weights) {
        Map<String, Integer> byName = new LinkedHashMap<>();
        for (String pair : weights.split(",")) {
            String[] nameAndWeight = pair.split(":");
            byName.put(nameAndWeight[0].strip(), Integer.parseInt(nameAndWeight[1].strip()));
        }
        int[] w = new int[operations.size()];
        for (int i = 0; i < w.length; i++) {
            Integer weight = byName.get(operations.get(i).name());
            if (weight == null) {
                throw new IllegalArgumentException("no weight for " + operations.get(i).name() + " in " + weights);
            }
            w[i] = weight;
        }
        return new Mix(operations, w);
    }

    LatencyProbe.Operation operation(int index) {
        return operations.get(index);
    }

    /** {@code n} operation indexes drawn with the weights; the same seed gives the same schedule. */
    int[] schedule(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int total = cumulative[cumulative.length - 1];
        int[] schedule = new int[n];
        for (int i = 0; i < n; i++) {
            int draw = random.nextInt(total);
            int op = 0;
            while (cumulative[op] <= draw) {
                op++;
            }
            schedule[i] = op;
        }
        return schedule;
    }

    /** The samples of a schedule, by operation name (in the operations' order). */
    Map<String, long[]> split(int[] schedule, long[] samples) {
        Map<String, List<Long>> lists = new LinkedHashMap<>();
        operations.forEach(op -> lists.put(op.name(), new ArrayList<>()));
        for (int i = 0; i < schedule.length; i++) {
            lists.get(operations.get(schedule[i]).name()).add(samples[i]);
        }
        Map<String, long[]> split = new LinkedHashMap<>();
        lists.forEach((name, values) -> {
            if (!values.isEmpty()) {
                split.put(name, values.stream().mapToLong(Long::longValue).toArray());
            }
        });
        return split;
    }
}
