#!/usr/bin/env bash
# Measures what a user waits for and pays: start to ready (fresh data directory, seeding included),
# resident memory once ready, SIGTERM to exit, and a second start on the same data (no re-seed).
# Usage: bench/startup.sh [jar|run|cds|app|mvn]...   (default: jar run; builds the jar first if it is missing)
#   JAR=path/to/other.jar bench/startup.sh ... measures another build (e.g. one of main) the same way
#   jar  java -jar on the packaged jar with the JVM's defaults: a plain deployment
#   run  the JVM that `./mvnw spring-boot:run` starts: classes from plain jars (the packaged jar
#        extracted with Spring Boot's `-Djarmode=tools extract`) and -XX:TieredStopAtLevel=1, which
#        spring-boot:run adds by default; Maven's own start is not counted
#   cds  as run, plus a class data sharing archive recorded by one training start (JDK 17 and later)
#   mvn  `./mvnw -o spring-boot:run` itself, Maven's start and up-to-date checks included
#   app  the README's packaged command: the jar extracted by the Maven build into target/app with the
#        class data sharing archive its training start wrote (application.jsa), JVM defaults otherwise
#        (APP=dir names another such folder)
# SEEDED=1 waits, after the first start's ready line, until the demo corpus is seeded before stopping
# it, so that the restart is that of a seeded graph (by default the first start is stopped at once,
# which also times a stop during seeding).
# Prints the CPU time the JVM used until ready (all threads, JIT compilers included) and the load
# average beside each run: wall-clock figures taken on a busy machine are not comparable.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${JAR:-$(ls target/inspection-graph-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)}
if [ -z "$jar" ]; then ./mvnw -q -B package -DskipTests; jar=$(ls target/inspection-graph-*.jar | head -n 1); fi
appdir=${APP:-target/app}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
port=18080
bolt=17687
app_args=(--server.port=$port --inspection-graph.embedded.bolt-port=$bolt)

# Starts the application in the given mode on the given data directory, in the background.
launch() {
  local mode=$1 data=$2 log=$3
  local args=("${app_args[@]}" --inspection-graph.embedded.data-directory="$data")
  case $mode in
    jar) java -jar "$jar" "${args[@]}" >"$log" 2>&1 & ;;
    run) java -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=240m -jar "$work/extracted/$(basename "$jar")" "${args[@]}" >"$log" 2>&1 & ;;
    cds) java -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=240m -XX:SharedArchiveFile="$work/app.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
           -jar "$work/extracted/$(basename "$jar")" "${args[@]}" >"$log" 2>&1 & ;;
    train) java -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=240m -XX:ArchiveClassesAtExit="$work/app.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
           -jar "$work/extracted/$(basename "$jar")" "${args[@]}" >"$log" 2>&1 & ;;
    app) java -XX:SharedArchiveFile="$appdir/application.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
           -jar "$appdir/inspection-graph.jar" "${args[@]}" >"$log" 2>&1 & ;;
    mvn) ./mvnw -o -q spring-boot:run -Dspring-boot.run.arguments="${args[*]}" >"$log" 2>&1 & ;;
  esac
}

# The application's own JVM (under Maven in mvn mode, it is a child of Maven's).
app_pid() {
  local data=$1
  pgrep -f -- "data-directory=$data" | while read -r pid; do
    grep -qs 'org.springframework.boot\|inspection-graph' /proc/"$pid"/cmdline \
      && ! grep -qs plexus-classworlds /proc/"$pid"/cmdline && echo "$pid"; done | head -n 1
}

run_once() {
  local mode=$1 label=$2 data="$work/$1-data" log="$work/$1-$2.log"
  local start end ready_ms rss_kb cpu_s stop_start stop_ms pid launcher
  start=$(date +%s%N)
  launch "$mode" "$data" "$log"
  launcher=$!
  until grep -qs "Inspection Graph is ready" "$log"; do
    kill -0 $launcher 2>/dev/null || { echo "app died:"; tail -n 40 "$log"; exit 1; }
    sleep 0.1
  done
  end=$(date +%s%N)
  ready_ms=$(( (end - start) / 1000000 ))
  pid=$(app_pid "$data")
  rss_kb=$(awk '/VmRSS/ {print $2}' /proc/"$pid"/status)
  cpu_s=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($(NF-38) + $(NF-37)) / hz}' /proc/"$pid"/stat)
  if [ "${SEEDED:-0}" = 1 ] && [ "$label" = first-start ]; then
    # wait until the demo corpus is seeded, so that the restart is that of a seeded graph
    for _ in $(seq 1 600); do
      curl -fsS -H 'Content-Type: application/json' -d '{"query":"{ graphStats { seeding } }"}' \
        "http://localhost:$port/graphql" | grep -q '"seeding":false' && break
      sleep 0.5
    done
  fi
  documents=$(curl -fsS -H 'Content-Type: application/json' \
    -d '{"query":"{ graphStats { labels { label count } } }"}' "http://localhost:$port/graphql" \
    | grep -o '"label":"Document","count":[0-9]*' | grep -o '[0-9]*$' || echo 0)
  stop_start=$(date +%s%N)
  kill -TERM "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
  stop_ms=$(( ($(date +%s%N) - stop_start) / 1000000 ))
  wait $launcher || true
  [ "$label" = training ] && return
  printf '%-4s %-12s start-to-ready %6d ms   CPU %5s s   RSS %5d MB   SIGTERM-to-exit %5d ms   documents %s   load %s\n' \
    "$mode" "$label" "$ready_ms" "$cpu_s" $((rss_kb / 1024)) "$stop_ms" "$documents" "$(cut -d' ' -f1-3 /proc/loadavg)"
}

modes=("$@")
[ ${#modes[@]} -eq 0 ] && modes=(jar run)
for mode in "${modes[@]}"; do
  case $mode in
    run|cds) [ -d "$work/extracted" ] || java -Djarmode=tools -jar "$jar" extract --destination "$work/extracted" >/dev/null ;;&
    cds) [ -f "$work/app.jsa" ] || { run_once train training; rm -rf "$work/train-data"; } ;;
    app) [ -f "$appdir/application.jsa" ] || { echo "no $appdir/application.jsa: ./mvnw package -DskipTests builds it"; exit 1; } ;;
    jar|run|mvn) ;;
    *) echo "unknown mode: $mode (jar, run, cds, app or mvn)"; exit 2 ;;
  esac
  run_once "$mode" first-start
  run_once "$mode" restart
done
