#!/usr/bin/env bash
# FieldCRM soak with faults (issue 10): the fault scenario of MixedWorkloadUnderFaultsTest (phones of 8 reps sending
# clients, visits, deals and If-Match moves, orders with client-made ids and web-form leads through the real HTTP API,
# 20 % of DynamoDB attempts failing) for the given minutes, then the invariant check; loopback only, bounded in time.
#   backend/bench/run-soak.sh --minutes 10              writes backend/bench/results/soak.md
#   backend/bench/run-soak.sh --minutes 2 --threads 8   shorter, fewer phones
set -euo pipefail
root="$(git rev-parse --show-toplevel)"
cd "$root"
minutes=10
threads=16
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) minutes="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    *) echo "unknown option $1 (--minutes N, --threads N)" >&2; exit 2 ;;
  esac
done
out="$root/backend/bench/results/soak.md"
# The app, DynamoDB Local and the phones share one test JVM; the scenario stops by itself after the minutes asked.
./mvnw -B -o test -pl backend/api -am -Dtest=SoakUnderFaults -Dsurefire.failIfNoSpecifiedTests=false \
  "-Dsoak.minutes=$minutes" "-Dsoak.threads=$threads" "-Dsoak.out=$out"
echo "[run-soak.sh] results in $out:"
cat "$out"
