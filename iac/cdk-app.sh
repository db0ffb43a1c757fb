#!/usr/bin/env bash
# The CDK app command (cdk.json): compiles iac (and the core it reads TableDesign from) and runs FieldCrmApp from
# iac/, where `cdk` runs. The functions' zips must have been built first (see docs/operations.md).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/.mvn/select-jdk.sh"
offline=${FIELDCRM_MAVEN_OFFLINE:--o}
"$root/mvnw" -B -q $offline -f "$root/pom.xml" -pl iac -am compile dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime >&2
cd "$root/iac"
exec java -cp "target/classes:$(cat target/classpath.txt)" dev.fieldcrm.iac.FieldCrmApp
