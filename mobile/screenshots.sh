#!/bin/sh
# Writes the phone screenshots of the README (docs/img/mobile-*.png, 390x844) from the real app over the UI tests'
# fake backend, headless (Monocle): no display, no running API needed.
set -eu
cd "$(dirname "$0")/.."
exec ./mvnw -B -o test -pl mobile/app -am -Dtest=PhoneScreenshots -Dsurefire.failIfNoSpecifiedTests=false \
  -Dgroups=screenshots -Dapp.excludedGroups=none "-Dscreenshots.dir=$(pwd)/docs/img" "$@"
