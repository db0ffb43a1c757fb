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
# Installs Debian packages with apt-get when we may (root or password-less sudo); otherwise the tests that need them
# say what is missing (and skip or fail as they document).
fieldcrm_apt_install() {
  local why="$1"; shift
  command -v apt-get >/dev/null 2>&1 || return 0
  local sudo_cmd
  if [ "$(id -u)" = 0 ]; then sudo_cmd=""; elif sudo -n true 2>/dev/null; then sudo_cmd="sudo -n"; else return 0; fi
  echo "[fieldcrm] installing $* (apt-get) for $why…" >&2
  $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null 2>&1 \
    || { $sudo_cmd apt-get update -q >/dev/null 2>&1 && $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null 2>&1; } \
    || echo "[fieldcrm] could not install $*; install them yourself" >&2
}
# The worker's tests run Amazon SES's npm emulator (aws-ses-v2-local) and the iac tests run the CDK through jsii, which
# starts Node: make sure npm (Node.js 20+) is there.
command -v npm >/dev/null 2>&1 || fieldcrm_apt_install "the SES emulator used by the worker's tests" nodejs npm
# The API's browser tests drive the system's headless Chromium through chromedriver (never a downloaded browser).
{ [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; } \
  || fieldcrm_apt_install "the browser tests of the embeddable form snippet" chromium chromium-driver
