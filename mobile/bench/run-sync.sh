#!/usr/bin/env bash
# FieldCRM mobile benchmark (issue 8): the outbox pushing N queued "log a visit" commands to the API in-process
# (DynamoDB Local), next to the floor of N direct API calls; device store size, heap after GC and RSS after sync.
#   mobile/bench/run-sync.sh                          N = 500; overwrites mobile/bench/results/sync.txt
#   mobile/bench/run-sync.sh -Dmobile.bench.operations=50    fewer (to check the harness)
# Extra arguments go to Maven. Takes ~2 minutes on a quiet machine (mostly the build), far more on a busy one.
set -euo pipefail
root="$(git rev-parse --show-toplevel)"
cd "$root"
out="$root/mobile/bench/results/sync.txt"
./mvnw -B -o test -pl backend/api -am -Dtest=MobileSyncBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dmobile.bench=true "-Dmobile.bench.out=$out" "$@"
echo "[run-sync.sh] results in $out:"
cat "$out"
