#!/usr/bin/env bash
# FieldCRM digest-dispatch benchmark (issue 5): 10,000 reps' morning digests, one dispatcher, then two at once.
#   backend/bench/run-digests.sh                 writes backend/bench/results/digests.md
#   backend/bench/run-digests.sh --reps 1000     fewer reps (to check the harness)
# Other options: --tasks 3 (open steps per rep), --parallelism 16 (threads per dispatcher), --out DIR,
#   --pair no (only the single-dispatcher run, for thread-count sweeps).
# JVM options for the driver (e.g. a JFR recording) via BENCH_JAVA_OPTS.
set -euo pipefail
root="$(git rev-parse --show-toplevel)"
cd "$root"
. "$root/.mvn/select-jdk.sh"

echo "[run-digests.sh] building core, DynamoDB Local and the bench module (offline)"
# One reactor run: the classpath step resolves core and dynamodb-local from this build (nothing is installed).
./mvnw -B -o -q package dependency:build-classpath -DskipTests -pl backend/bench -am \
  -Dmdep.outputFile=target/driver.classpath -Dmdep.includeScope=runtime >/dev/null
bench="$root/backend/bench/target"
cp="$bench/classes:$root/backend/core/target/classes:$root/backend/dynamodb-local/target/classes:$(cat "$bench/driver.classpath")"
java --enable-native-access=ALL-UNNAMED -Xmx3g ${BENCH_JAVA_OPTS:-} -cp "$cp" dev.fieldcrm.bench.BenchDigests --out "$root/backend/bench/results" "$@"
