#!/usr/bin/env bash
# Measures what a user waits for and pays: start to ready (fresh data directory, seeding included),
# resident memory once ready, SIGTERM to exit, and a second start on the same data (no re-seed).
# Usage: bench/startup.sh   (builds the jar first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls target/inspection-graph-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)
if [ -z "$jar" ]; then ./mvnw -q -B package -DskipTests; jar=$(ls target/inspection-graph-*.jar | head -n 1); fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
port=18080
bolt=17687

run_once() {
  local label=$1 log="$work/$1.log"
  local start end ready_ms rss_kb stop_start stop_ms pid
  start=$(date +%s%N)
  java -jar "$jar" --server.port=$port --inspection-graph.embedded.bolt-port=$bolt \
    --inspection-graph.embedded.data-directory="$work/data" >"$log" 2>&1 &
  pid=$!
  until grep -qs "Inspection Graph is ready" "$log"; do
    kill -0 $pid 2>/dev/null || { echo "app died:"; tail -n 40 "$log"; exit 1; }
    sleep 0.1
  done
  end=$(date +%s%N)
  ready_ms=$(( (end - start) / 1000000 ))
  rss_kb=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  documents=$(curl -fsS -H 'Content-Type: application/json' \
    -d '{"query":"{ graphStats { labels { label count } } }"}' "http://localhost:$port/graphql" \
    | grep -o '"label":"Document","count":[0-9]*' | grep -o '[0-9]*$' || echo 0)
  stop_start=$(date +%s%N)
  kill -TERM $pid
  wait $pid || true
  stop_ms=$(( ($(date +%s%N) - stop_start) / 1000000 ))
  printf '%-12s start-to-ready %6d ms   RSS %5d MB   SIGTERM-to-exit %5d ms   documents %s\n' \
    "$label" "$ready_ms" $((rss_kb / 1024)) "$stop_ms" "$documents"
}

run_once first-start
run_once restart
