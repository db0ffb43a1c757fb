# Sourced by ./mvnw and the scripts in bin/: make sure Maven runs on a JDK >= 21.
# The machines' default java is 17; a newer JDK is usually installed beside it under /usr/lib/jvm.
fieldcrm_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -1 | cut -d. -f1
}
fieldcrm_select_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(fieldcrm_java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  local candidate best="" best_major=0 major
  local restore_noglob=""
  case $- in *f*) restore_noglob=1; set +f ;; esac  # ./mvnw runs with globbing off
  for candidate in /usr/lib/jvm/* /opt/java/* "$HOME"/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(fieldcrm_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null && [ "$major" -gt "$best_major" ]; then
      best="$candidate"; best_major="$major"
    fi
  done
  [ -z "$restore_noglob" ] || set -f
  if [ -z "$best" ]; then
    echo "FieldCRM needs a JDK >= 21: set JAVA_HOME to one (e.g. apt-get install temurin-21-jdk or openjdk-21-jdk)." >&2
    return 1
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
}
fieldcrm_select_jdk
# Maven's own Guice calls sun.misc.Unsafe; JDK 24+ warns loudly about it on every run.
if [ "$(fieldcrm_java_major "$JAVA_HOME")" -ge 24 ] 2>/dev/null; then
  case " ${MAVEN_OPTS:-} " in *sun-misc-unsafe-memory-access*) ;; *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;; esac
fi
# The worker's tests run Amazon SES's npm emulator (aws-ses-v2-local): make sure npm is there. On a Debian machine
# without it, install Node.js with apt-get when we may (root or password-less sudo); otherwise the test says what
# is missing.
if ! command -v npm >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then fieldcrm_sudo=""; elif sudo -n true 2>/dev/null; then fieldcrm_sudo="sudo -n"; else fieldcrm_sudo="-"; fi
  if [ "$fieldcrm_sudo" != "-" ]; then
    echo "[fieldcrm] installing Node.js and npm (apt-get) for the SES emulator used by the worker's tests…" >&2
    $fieldcrm_sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q nodejs npm >/dev/null 2>&1 \
      || { $fieldcrm_sudo apt-get update -q >/dev/null 2>&1 && $fieldcrm_sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q nodejs npm >/dev/null 2>&1; } \
      || echo "[fieldcrm] could not install npm; install Node.js 20+ with npm yourself" >&2
  fi
fi
