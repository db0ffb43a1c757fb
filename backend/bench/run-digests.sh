#!/usr/bin/env bash
# FieldCRM digest-dispatch benchmark (issue 5): 10,000 reps' morning digests, one dispatcher, then two at once.
#   backend/bench/run-digests.sh                 writes backend/bench/results/digests.md
#   backend/bench/run-digests.sh --reps 1000     fewer reps (to check the harness)
# Other options: --tasks 3 (open steps per rep), --parallelism 16 (threads per dispatcher), --out DIR,
#   --pair no (only the single-dispatcher run, for thread-count sweeps).
# JVM options for the driver (e.g. a JFR recording) via BENCH_JAVA_OPTS.
exec "$(dirname "$0")/run-main.sh" BenchDigests "$@"
