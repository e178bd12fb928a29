#!/usr/bin/env bash
# Puts two or more builds of the application under the same load, on the same graph: each jar in
# turn serves an embedded database holding the dev corpus, and the peer kit's load driver
# (../shared/peer/load.js, Node 20) asks the five questions of ../shared/peer/product/queries at
# concurrency 1 and 4. Rounds alternate the order of the jars. Prints one line per jar, question and
# concurrency: p50, p95 and throughput. What issue 15 asks of a home-made part ("wins at least 20%
# on p95 or throughput at concurrency 4") is read from this.
# Usage: bench/api-load.sh JAR... (e.g. a jar built from an earlier commit, and target/inspection-graph-*.jar)
# Environment: N (requests per run at C=4, default 1000; C=1 runs N/2), ROUNDS (2), QUESTIONS (a
# space-separated subset of the five), CORPUS
# (../shared/corpus/ofsted-dev), PEER (../shared/peer), PORT (18094).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: bench/api-load.sh JAR..." >&2; exit 2; }
N=${N:-1000} ROUNDS=${ROUNDS:-2} PORT=${PORT:-18094}
corpus=${CORPUS:-../shared/corpus/ofsted-dev} peer=${PEER:-../shared/peer}
command -v node >/dev/null || { echo "needs node (20 or later)" >&2; exit 1; }
work=$(mktemp -d)
app=
stop() { if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; fi; app=; }
trap 'stop; rm -rf "$work"' EXIT
settings="--inspection-graph.embedded.data-directory=$work/neo4j --inspection-graph.embedded.bolt-port=0"
echo "ingesting $corpus with $1" >&2
java -jar "$1" ingest "$corpus" $settings >"$work/ingest.log" 2>&1 || true
grep -q "documents:" "$work/ingest.log" || { tail -n 20 "$work/ingest.log"; exit 1; }

start() {
  java -jar "$1" --server.port="$PORT" --inspection-graph.seed.enabled=false $settings >"$work/app.log" 2>&1 &
  app=$!
  until grep -qs "Inspection Graph is ready" "$work/app.log"; do
    kill -0 "$app" 2>/dev/null || { tail -n 40 "$work/app.log"; exit 1; }
    sleep 1
  done
}
load() { # question n c -> one JSON line
  node "$peer/load.js" graphql --url "http://127.0.0.1:$PORT/graphql" \
    --query "$peer/product/queries/product/$1.graphql" --vars "$peer/product/queries/$1.vars.json" \
    -n "$2" -c "$3" --warmup $(( $2 / 5 )) --label "$1"
}
questions=${QUESTIONS:-"authority-profile recurring-themes findings-page search inspector-visits"}
for round in $(seq 1 "$ROUNDS"); do
  if [ $((round % 2)) = 1 ]; then jars=("$@"); else jars=(); for j in "$@"; do jars=("$j" "${jars[@]}"); done; fi
  for jar in "${jars[@]}"; do
    start "$jar"
    for q in $questions; do
      for c in 1 4; do
        n=$N; [ "$c" = 1 ] && n=$(( N / 2 ))
        printf '%s\t%s\t%s\t' "$round" "$(basename "$jar")" "$c"
        load "$q" "$n" "$c" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const o=JSON.parse(s);
          console.log([o.label,"p50",o.p50_ms,"p95",o.p95_ms,"req/s",o.throughput_rps,"errors",o.errors].join("\t"))})'
      done
    done
    stop
  done
done
