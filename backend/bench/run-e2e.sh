#!/usr/bin/env bash
# FieldCRM end-to-end benchmark (issue 10): mixed workload at c=1/16/64 next to its floor, DynamoDB calls/items/capacity
# per operation, scaling 1k → 100k clients (1M opt-in), a small tenant beside a loaded big one, cold starts of every
# handler (lambda-like, AppCDS, AOT cache), function sizes, and a plot. Loopback only, bounded (~20 min on 2 cores).
#   backend/bench/run-e2e.sh                  full run; writes backend/bench/results/e2e/ and docs/img/bench-latency-vs-concurrency.png
#   BENCH_QUICK=1 backend/bench/run-e2e.sh    small counts (~3 min), checks the harness; writes backend/bench/target/e2e-quick/
#   backend/bench/run-e2e.sh --clients-max 1000000   also grows the tenant to 1M clients (lean items; adds ~10+ min)
# Other options: --reps 200 --history 10 --history-reps 10 --warmup 1000 --n1 2000 --n16 4000 --n64 6400
#   --scale-n 1000 --tenant-n 1000 --cold-runs 3 --seed-threads 4. Driver heap: BENCH_XMX (default 3g).
set -euo pipefail
root="$(git rev-parse --show-toplevel)"
cd "$root"
. "$root/.mvn/select-jdk.sh"

echo "[run-e2e.sh] building the api and worker function.zip, the hello function and the bench module (offline)"
./mvnw -B -o -q package -DskipTests -pl backend/api,backend/worker,backend/bench,backend/bench/hello-lambda -am
./mvnw -B -o -q dependency:build-classpath -pl backend/bench -am -Dmdep.outputFile=target/driver.classpath -Dmdep.includeScope=runtime >/dev/null

out="${BENCH_OUT:-$root/backend/bench/results/e2e}"
quick=()
if [ "${BENCH_QUICK:-}" = 1 ]; then
  out="${BENCH_OUT:-$root/backend/bench/target/e2e-quick}"
  quick=(--reps 4 --history 2 --history-reps 2 --warmup 50 --n1 150 --n16 320 --n64 640 --scale-n 100 --tenant-n 100 --cold-runs 1)
fi
mkdir -p "$out"
bench="$root/backend/bench/target"
cp="$bench/classes:$root/backend/core/target/classes:$root/backend/dynamodb-local/target/classes:$(cat "$bench/driver.classpath")"

started=$(date +%s)
java --enable-native-access=ALL-UNNAMED -Xmx"${BENCH_XMX:-3g}" -cp "$cp" dev.fieldcrm.bench.BenchE2e \
  --out "$out" \
  --function-zip "$root/backend/api/target/function.zip" \
  --worker-zip "$root/backend/worker/target/function.zip" \
  --hello-zip "$root/backend/bench/hello-lambda/target/function.zip" \
  --probe-classes "$bench/classes" \
  "${quick[@]}" "$@"
if [ "${BENCH_QUICK:-}" != 1 ]; then
  mkdir -p "$root/docs/img"
  cp "$out/bench-latency-vs-concurrency.png" "$root/docs/img/bench-latency-vs-concurrency.png"
fi
echo "[run-e2e.sh] done in $(( $(date +%s) - started )) s: $out/e2e.md"
