#!/usr/bin/env bash
# Builds core, DynamoDB Local and the bench module (offline) and runs one of the bench's in-process harnesses:
#   backend/bench/run-main.sh <class in dev.fieldcrm.bench> [--option value ...]
# JVM options for the driver (e.g. a JFR recording) via BENCH_JAVA_OPTS.
# The harness writes its results under backend/bench/results (or --out DIR, given after the class's own options).
set -euo pipefail
main="$1"
shift
root="$(git rev-parse --show-toplevel)"
cd "$root"
. "$root/.mvn/select-jdk.sh"

echo "[run-main.sh] building core, DynamoDB Local and the bench module (offline)"
# One reactor run, so the classpath of the bench resolves its sibling modules without installing them.
./mvnw -B -o -q package dependency:build-classpath -DskipTests -pl backend/bench -am \
  -Dmdep.outputFile=target/driver.classpath -Dmdep.includeScope=runtime >/dev/null
bench="$root/backend/bench/target"
cp="$bench/classes:$root/backend/core/target/classes:$root/backend/dynamodb-local/target/classes:$(cat "$bench/driver.classpath")"
java --enable-native-access=ALL-UNNAMED -Xmx3g ${BENCH_JAVA_OPTS:-} -cp "$cp" "dev.fieldcrm.bench.$main" --out "$root/backend/bench/results" "$@"
