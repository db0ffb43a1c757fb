#!/usr/bin/env bash
# FieldCRM web-form submission benchmark (issue 6): p50/p99 of the request path on DynamoDB Local.
#   backend/bench/run-forms.sh                 writes backend/bench/results/forms.md
#   backend/bench/run-forms.sh --submissions 500 --warmup 100    fewer (to check the harness)
# Other options: --out DIR.
exec "$(dirname "$0")/run-main.sh" BenchForms "$@"
