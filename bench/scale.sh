#!/usr/bin/env bash
# How the product scales with the corpus: writes a synthetic corpus of up to 10 times the dev corpus
# (bench/synthetic-corpus.sh), then for each size in turn ingests the copies it adds into one
# embedded database with `java -jar ... ingest` (per-document time beside poppler's pdftotext on the
# same files: the ingest floor's reading part), serves that database with `java -jar`, and asks
# every analyst question (the cases of ApiBenchmark) at concurrency 1 and 8: p50, p95, throughput,
# and the app's resident memory (now and peak) after the questions. Prints one table at the end.
# Usage: bench/scale.sh [SIZES...]       (default: 1 3 10; sizes in copies of the dev corpus, ascending)
# Environment: SYNTHETIC (where the corpus goes, outside the repository; default
# ${TMPDIR:-/tmp}/inspection-graph-synthetic), REQUESTS (per question and concurrency, 200), CONCURRENCY
# (1,8), PORT (18095), INGEST_OPTIONS (extra settings for the ingest command), JAR,
# KEEP (a folder, outside the repository, that keeps each size's database as KEEP/Nx: a size already
# there is not ingested again, and the next size starts from a copy of it), ASK (0: ingest only, so
# the long ingest can run apart from the questions, which want a quiet machine), APP_JAVA_OPTS (JVM
# options of the app that answers the questions, e.g. -Xmx1g).
# Needs pdftotext (poppler-utils). Takes long: 10x is about 3,000 documents to ingest.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@"); [ ${#sizes[@]} -eq 0 ] && sizes=(1 3 10)
largest=${sizes[-1]}
synthetic=${SYNTHETIC:-${TMPDIR:-/tmp}/inspection-graph-synthetic}
PORT=${PORT:-18095} REQUESTS=${REQUESTS:-200} CONCURRENCY=${CONCURRENCY:-1,8}
command -v pdftotext >/dev/null || { echo "needs pdftotext: apt-get install poppler-utils"; exit 1; }
jar=${JAR:-$(ls target/inspection-graph-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)}
if [ -z "$jar" ]; then ./mvnw -q -B package -DskipTests -Dcds.skip=true; jar=$(ls target/inspection-graph-*.jar | head -n 1); fi
./mvnw -B -q test-compile
[ -d "$synthetic/copy-$(printf %02d $((largest - 1)))" ] || COPIES=$largest bench/synthetic-corpus.sh "$synthetic"
work=$(mktemp -d)
keep=${KEEP:-$work/databases} ASK=${ASK:-1}
mkdir -p "$keep"
app=
stop() { if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; fi; app=; }
trap 'stop; rm -rf "$work"' EXIT
results=$work/results.tsv
ingested=0

ingest_copies() { # from to: ingests copy-FROM .. copy-(TO-1), prints per-document figures
  local dirs=() count pdftotext_ms ingest_ms
  for k in $(seq "$1" $(($2 - 1))); do dirs+=("$synthetic/copy-$(printf %02d "$k")"); done
  count=$(find "${dirs[@]}" -name '*.pdf' | wc -l)
  local start; start=$(date +%s%N)
  find "${dirs[@]}" -name '*.pdf' -print0 | xargs -0 -P 2 -I{} sh -c 'pdftotext "$1" - >/dev/null 2>&1 || true' _ {}
  pdftotext_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  start=$(date +%s%N)
  java -jar "$jar" ingest "${dirs[@]}" --inspection-graph.embedded.bolt-port=0 --inspection-graph.embedded.data-directory="$data" \
    --logging.level.root=WARN ${INGEST_OPTIONS:-} >"$work/ingest.out" 2>"$work/ingest.err" || true
  ingest_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  printf 'ingest\t%sx\t%d PDFs added\tpdftotext (2 processes) %.1f ms/document\tingest command %.1f ms/document\t%s\tload %s\n' \
    "$2" "$count" "$(awk -v t="$pdftotext_ms" -v n="$count" 'BEGIN { print t / n }')" \
    "$(awk -v t="$ingest_ms" -v n="$count" 'BEGIN { print t / n }')" \
    "$(grep -m1 'documents:' "$work/ingest.out" || tail -n 3 "$work/ingest.err")" "$(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$work/ingest.tsv"
}

serve() {
  # without the search-by-meaning backfill: on a fresh synthetic graph it would embed every finding
  # (about 200,000 at 10x, some 17 minutes of both cores) while the questions are timed
  java ${APP_JAVA_OPTS:-} -jar "$jar" --server.port="$PORT" --inspection-graph.seed.enabled=false --inspection-graph.embedded.bolt-port=0 \
    --inspection-graph.embedding.background=false \
    --inspection-graph.embedded.data-directory="$data" >"$work/app.log" 2>&1 &
  app=$!
  until grep -qs "Inspection Graph is ready" "$work/app.log"; do
    kill -0 "$app" 2>/dev/null || { tail -n 40 "$work/app.log"; exit 1; }
    sleep 1
  done
}

for size in "${sizes[@]}"; do
  data=$keep/${size}x
  if [ ! -f "$data/ingested" ]; then
    rm -rf "$data"
    [ "$ingested" -gt 0 ] && cp -a "$keep/${ingested}x" "$data" && rm -f "$data/ingested"
    ingest_copies "$ingested" "$size"
    tail -n 1 "$work/ingest.tsv" >"$data/ingested"
  else
    cat "$data/ingested" | tee -a "$work/ingest.tsv"
  fi
  ingested=$size
  [ "$ASK" = 0 ] && continue
  serve
  bolt=$(grep -o 'bolt://[0-9.]*:[0-9]*' "$work/app.log" | head -n 1)
  ./mvnw -B -q org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.mainClass=uk.inspectiongraph.benchmark.ScaleLoad \
    -Dexec.classpathScope=test -Dexec.args="--url=http://127.0.0.1:$PORT/graphql --bolt=$bolt \
    --password-file=$data/neo4j-password --label=${size}x --requests=$REQUESTS --concurrency=$CONCURRENCY" \
    | grep -P '^\d+x\t' | tee -a "$results"
  pid=$app
  printf '%sx\tRSS %d MB (peak %d MB)\tload %s\n' "$size" $(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 )) \
    $(( $(awk '/VmHWM/ {print $2}' /proc/$pid/status) / 1024 )) "$(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$work/rss.tsv"
  stop
done

echo
if [ -s "$results" ]; then
echo "| question | C | $(for s in "${sizes[@]}"; do printf '%sx p50 / p95 ms (req/s) | ' "$s"; done)"
echo "| --- | ---: | $(for s in "${sizes[@]}"; do printf -- '---: | '; done)"
awk -F'\t' '{ key = $2 "\t" $3; if (!(key in seen)) { seen[key] = 1; order[++n] = key }
  cell[key] = cell[key] sprintf(" %s / %s (%s) |", $4, $5, $6) }
  END { for (i = 1; i <= n; i++) { split(order[i], k, "\t"); printf "| %s | %s |%s\n", k[1], k[2], cell[order[i]] } }' "$results"
fi
echo
cat "$work/rss.tsv" "$work/ingest.tsv" 2>/dev/null || true
