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
