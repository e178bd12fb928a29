#!/usr/bin/env bash
# Ingestion throughput on a directory of PDFs (default: the dev corpus beside the project), beside
# poppler's pdftotext (text only, two processes) measured in the same run for scale.
# Usage: bench/ingest-throughput.sh [DIR]      needs: pdftotext (Debian package poppler-utils)
# Extra options for the ingest command: INGEST_OPTIONS, e.g.
#   INGEST_OPTIONS=--inspection-graph.ingest.documents-per-transaction=1 bench/ingest-throughput.sh
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/ofsted-dev}
[ -d "$corpus" ] || { echo "no corpus at $corpus"; exit 1; }
# Without pdftotext the comparison below would time a command that fails at once.
command -v pdftotext >/dev/null || { echo "needs pdftotext: apt-get install poppler-utils"; exit 1; }
jar=$(ls target/inspection-graph-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ]; then ./mvnw -q -B package -DskipTests; jar=$(ls target/inspection-graph-*.jar | head -n 1); fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
count=$(find "$corpus" -name '*.pdf' | wc -l)
load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")

start=$(date +%s%N)
find "$corpus" -name '*.pdf' -print0 | xargs -0 -P 2 -I{} sh -c 'pdftotext "$1" - >/dev/null 2>&1 || true' _ {}
pdftotext_ms=$(( ($(date +%s%N) - start) / 1000000 ))

start=$(date +%s%N)
java -jar "$jar" ingest "$corpus" --inspection-graph.embedded.bolt-port=0 \
  --inspection-graph.embedded.data-directory="$work/data" --logging.level.root=WARN ${INGEST_OPTIONS:-} >"$work/ingest.out" 2>"$work/ingest.err"  || true
ingest_ms=$(( ($(date +%s%N) - start) / 1000000 ))
summary=$(grep -m1 "documents:" "$work/ingest.out" || cat "$work/ingest.err" | tail -n 5)
load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")

awk -v n="$count" -v p="$pdftotext_ms" -v i="$ingest_ms" -v s="$summary" -v lb="$load_before" -v la="$load_after" 'BEGIN {
  printf "PDFs: %d   load average before: %s   after: %s\n", n, lb, la
  printf "pdftotext, 2 processes, text only:      %6.1f s  %5.1f documents/s\n", p/1000, n/(p/1000)
  printf "inspection-graph ingest (JVM start, parse, extract, write): %6.1f s  %5.1f documents/s\n", i/1000, n/(i/1000)
  printf "ingest summary: %s\n", s
}'
grep "failed:" "$work/ingest.out" || true
