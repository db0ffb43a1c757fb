#!/usr/bin/env bash
# FieldCRM dashboard benchmark (issue 7): dashboard p50/p99/p99.9 with 100k deals in the tenant, next to its floor
# (the same DynamoDB reads sent directly), and hygiene rule evaluation throughput (stream batch and pure rule engine).
#   backend/bench/run-dashboard.sh                          writes backend/bench/results/dashboard.md
#   backend/bench/run-dashboard.sh --n 200 --warmup 50 --changes 200 --evaluations 10000   (to check the harness)
# Other options: --reps 200, --teams 10, --deals 100000, --out DIR.
exec "$(dirname "$0")/run-main.sh" BenchDashboard "$@"
