#!/usr/bin/env bash
# FieldCRM benchmark: one command, loopback only, bounded loops (~10-15 min on 2 cores).
#   backend/bench/run.sh            full run; writes backend/bench/results/{latest.md,results.json,*.csv}
#   BENCH_QUICK=1 backend/bench/run.sh   small counts, to check the harness (numbers not meaningful)
# Extra arguments go to the driver (e.g. --n1 2000 --n16 3200 --warmup 1000 --cold-runs 5 --big-reps 200).
set -euo pipefail
root="$(git rev-parse --show-toplevel)"
cd "$root"
. "$root/.mvn/select-jdk.sh"

echo "[run.sh] building function.zip, the hello function and the bench module (offline)"
./mvnw -B -o -q package -DskipTests -pl backend/api,backend/bench,backend/bench/hello-lambda -am
# -am: the reactor's own poms give core's transitive dependencies (a core pom another branch installed in ~/.m2
# may not even be valid, which would silently drop them from the driver's classpath).
./mvnw -B -o -q dependency:build-classpath -pl backend/bench -am -Dmdep.outputFile=target/driver.classpath -Dmdep.includeScope=runtime >/dev/null

out="${BENCH_OUT:-$root/backend/bench/results}"
quick=()
if [ "${BENCH_QUICK:-}" = 1 ]; then
  out="${BENCH_OUT:-$root/backend/bench/target/quick-results}"
  quick=(--warmup 200 --n1 300 --n16 800 --cold-runs 1 --big-reps 6)
fi
mkdir -p "$out"
bench="$root/backend/bench/target"
# Core and DynamoDB Local come from this worktree's reactor build, never from ~/.m2 snapshots of other branches.
cp="$bench/classes:$root/backend/core/target/classes:$root/backend/dynamodb-local/target/classes:$(cat "$bench/driver.classpath")"

java --enable-native-access=ALL-UNNAMED -Xmx2g -cp "$cp" dev.fieldcrm.bench.BenchRun \
  --out "$out" \
  --function-zip "$root/backend/api/target/function.zip" \
  --hello-zip "$root/backend/bench/hello-lambda/target/function.zip" \
  --probe-classes "$bench/classes" \
  "${quick[@]}" "$@"
