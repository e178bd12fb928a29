#!/usr/bin/env bash
# Search by meaning on the dev corpus, single user, java -jar: ingests the corpus into a fresh data
# directory, starts the app on it, waits for the background backfill to give every finding its
# vector, then prints the app's RSS and the p50/p95 of semanticSearch (20 hits) and of
# Finding.similar (5 neighbours of one finding) over N requests each (default 200, after 20 warm-ups);
# RSS is read once every finding has its vector, after the queries, and after IDLE seconds of rest
# each time (default 45: the app's idle collection, inspection-graph.memory.*, checks every 15 s for 15 s without a collection), with
# the peak (VmHWM) at the end.
# Usage: bench/semantic-search.sh [corpus-dir]   (default ../shared/corpus/ofsted-dev)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/ofsted-dev}
n=${N:-200}
jar=$(ls target/inspection-graph-*.jar | grep -v plain | head -n 1)
work=$(mktemp -d)
port=18099
url=http://localhost:$port/graphql
cleanup() { if [ -n "${pid:-}" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT
data=(--inspection-graph.embedded.data-directory="$work/data" --inspection-graph.embedded.bolt-port=17699)
java -jar "$jar" ingest "$corpus" "${data[@]}" >"$work/ingest.log" 2>&1 || true
tail -n 2 "$work/ingest.log"
java -jar "$jar" --server.port=$port "${data[@]}" --inspection-graph.seed.enabled=false >"$work/app.log" 2>&1 &
pid=$!
ask() { curl -s -o "$work/answer.json" -w '%{time_total}\n' -H 'Content-Type: application/json' --data "$1" "$url"; }
until grep -q "Inspection Graph is ready" "$work/app.log"; do sleep 1; kill -0 $pid; done
progress='{"query":"{ graphStats { embeddings { model embeddedFindings findingCount } } }"}'
while true; do
  ask "$progress" >/dev/null
  read -r done all < <(python3 -c 'import json,sys; e=json.load(open(sys.argv[1]))["data"]["graphStats"]["embeddings"]; print(e["embeddedFindings"], e["findingCount"])' "$work/answer.json")
  echo "embedded $done of $all findings"
  [ "$done" -ge "$all" ] && break
  sleep 10
done
idle=${IDLE:-45}
rss() { echo "RSS $1: $(grep VmRSS /proc/$pid/status | tr -s ' \t' ' ')"; }
rss "once embedded"
sleep "$idle"; rss "once embedded, after ${idle} s idle"
search='{"query":"query($t:String!){ semanticSearch(text:$t, first:20){ score finding { id } } }","variables":{"t":"children wait too long for a social worker to be allocated"}}'
similar='{"query":"query($t:String!){ semanticSearch(text:$t, first:1){ finding { similar(first:5){ similarity finding { id } } } } }","variables":{"t":"unallocated cases and delays in allocating a social worker"}}'
measure() {
  local label=$1 body=$2
  for _ in $(seq 20); do ask "$body" >/dev/null; done
  for _ in $(seq "$n"); do ask "$body"; done | sort -n | awk -v label="$label" '{ t[NR] = $1 * 1000 }
    END { printf "%s: p50 %.1f ms, p95 %.1f ms over %d requests\n", label, t[int(NR * 0.5)], t[int(NR * 0.95)], NR }'
}
measure "semanticSearch (20 hits)" "$search"
measure "semanticSearch (1 hit) + similar (5)" "$similar"
rss "after the queries"
sleep "$idle"; rss "after the queries and ${idle} s idle"
echo "peak: $(grep VmHWM /proc/$pid/status | tr -s ' \t' ' ')"
