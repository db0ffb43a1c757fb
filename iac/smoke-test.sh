#!/usr/bin/env bash
# Smoke test of a deployed stage: iac/smoke-test.sh <cdk outputs file> <stack name>
# Proves, through the real HTTP API: the api function starts (SnapStart restore of the live alias) and serves the
# static snippet; the JWT authorizer refuses a call without a token; a public route reaches the function, which reads
# the table with its own role and answers problem+json for an unknown form key. Bounded: a few tries, then fail.
set -euo pipefail
outputs=$1 stack=$2
api=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]]["ApiUrl"].rstrip("/"))' "$outputs" "$stack")
echo "smoke test of $api"

expect() { # expect <name> <wanted status> <wanted content-type fragment or -> <curl args…>
  local name=$1 want=$2 type=$3; shift 3
  local tries=0 status ctype
  while :; do
    read -r status ctype < <(curl -s -o /dev/null -w '%{http_code} %{content_type}\n' --max-time 20 "$@" || echo "000 -")
    if [ "$status" = "$want" ] && { [ "$type" = - ] || [[ "$ctype" == *"$type"* ]]; }; then
      echo "ok   $name: $status $ctype"; return 0
    fi
    tries=$((tries + 1))
    if [ "$tries" -ge 5 ]; then
      echo "FAIL $name: wanted $want ${type/#-/}, got $status $ctype" >&2; return 1
    fi
    sleep 3
  done
}

expect "static form snippet (public, through the function)" 200 javascript "$api/embed/fieldcrm-form.js"
expect "signed-in route without a token (JWT authorizer)" 401 - "$api/api/v1/me"
expect "unknown form key (public route, function reads the table)" 404 problem+json \
  -H 'Origin: https://smoke.invalid' "$api/api/v1/forms/smoke-test-unknown-key"
echo "3 passed, 0 failed"
