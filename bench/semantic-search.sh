#!/usr/bin/env bash
# Search by meaning on the dev corpus, single user, java -jar: ingests the corpus into a fresh data
# directory, starts the app on it, waits for the background backfill to give every finding its
# vector, then prints the app's RSS and the p50/p95 of semanticSearch (20 hits) and of
# Finding.similar (5 neighbours of one finding) over N requests each (default 200, after 20 warm-ups).
# Each request asks a different question in turn: the descriptions of graph-seed/themes.yml (53) and 25
# phrases of an analyst's below, 78 distinct texts (the app keeps no vectors of past questions, so a
# text asked again costs what it cost the first time);
# RSS is read once every finding has its vector, after the queries, and after IDLE seconds of rest
# each time (default 45: the app's idle collection, inspection-graph.memory.*, checks every 15 s for 15 s without a collection), with
# the peak (VmHWM) at the end.
# The backfill's time (ready to every finding embedded) and the peak RSS at the ready line, once the
# app's query warm-up has ended (within 10 s) and once every finding is embedded are printed too.
# Usage: [JAR=other.jar] bench/semantic-search.sh [corpus-dir]   (default ../shared/corpus/ofsted-dev; JAR: another build, default the one in target/)
# Environment: DATA (a data directory the ingest command already filled: a copy of it is served, no
#   ingest), APP_OPTIONS (extra settings of the app, e.g. --inspection-graph.embedding.pace=0),
#   APP_JAVA_OPTS (JVM options of the app, e.g. -Xlog:gc:file=gc.log),
#   PORT and BOLT (18099, 17699: two runs side by side, e.g. an A/B of settings in the same minutes,
#   need different ones), N (requests per question kind), IDLE (seconds of rest), QUESTIONS=0 (stop
#   after the backfill and the first rest: the memory part only).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/ofsted-dev}
n=${N:-200}
jar=${JAR:-$(ls target/inspection-graph-*.jar | grep -v plain | head -n 1)}
work=$(mktemp -d)
port=${PORT:-18099}
url=http://localhost:$port/graphql
cleanup() { if [ -n "${pid:-}" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT
data=(--inspection-graph.embedded.data-directory="$work/data" --inspection-graph.embedded.bolt-port=${BOLT:-17699})
if [ -n "${DATA:-}" ]; then
  cp -a "$DATA" "$work/data"
else
  java -jar "$jar" ingest "$corpus" "${data[@]}" >"$work/ingest.log" 2>&1 || true
  tail -n 2 "$work/ingest.log"
fi
java ${APP_JAVA_OPTS:-} -jar "$jar" --server.port=$port "${data[@]}" --inspection-graph.seed.enabled=false ${APP_OPTIONS:-} >"$work/app.log" 2>&1 &
pid=$!
ask() { curl -s -o "$work/answer.json" -w '%{time_total}\n' -H 'Content-Type: application/json' --data "$1" "$url"; }
until grep -q "Inspection Graph is ready" "$work/app.log"; do sleep 1; kill -0 $pid; done
ready=$(date +%s)
peak() { grep VmHWM /proc/$pid/status | tr -s ' \t' ' '; }
echo "peak at the ready line: $(peak)"
warmed=0
progress='{"query":"{ graphStats { embeddings { model embeddedFindings findingCount } } }"}'
while true; do
  ask "$progress" >/dev/null
  # a busy machine can make one poll fail (the request's time budget): it is asked again
  read -r done all < <(python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); e=((a.get("data") or {}).get("graphStats") or {}).get("embeddings") or {"embeddedFindings": 0, "findingCount": 1}; print(e["embeddedFindings"], e["findingCount"]); a.get("errors") and print(a["errors"], file=sys.stderr)' "$work/answer.json")
  echo "embedded $done of $all findings"
  if [ $warmed = 0 ] && grep -q "Warmed the query paths\|query warm-up stopped" "$work/app.log"; then
    warmed=1; echo "peak once the query warm-up has ended: $(peak)"
  fi
  [ "$done" -ge "$all" ] && break
  sleep 10
done
idle=${IDLE:-45}
echo "backfill: $(($(date +%s) - ready)) s from ready to every finding embedded (10 s steps)"
echo "load $(cat /proc/loadavg)"
rss() { echo "RSS $1: $(grep VmRSS /proc/$pid/status | tr -s ' \t' ' ')"; }
rss "once embedded"
echo "peak once embedded: $(peak)"
sleep "$idle"; rss "once embedded, after ${idle} s idle"
[ "${QUESTIONS:-1}" = 0 ] && exit 0
search='query($t:String!){ semanticSearch(text:$t, first:20){ score finding { id } } }'
similar='query($t:String!){ semanticSearch(text:$t, first:1){ finding { similar(first:5){ similarity finding { id } } } } }'
python3 - "$work/questions.txt" <<'PY'
import sys, yaml
phrases = """children wait too long for a social worker to be allocated
unallocated cases and delays in allocating a social worker
agency staff and high turnover of social workers
caseloads are too high for workers to do meaningful direct work
managers do not check the quality of plans often enough
the front door does not respond quickly enough to referrals
children missing from home are not always offered a return interview
care leavers do not have suitable accommodation
young people are placed in unregistered children's homes
the voice of the child is not recorded in assessments
strategy meetings do not always include the police and health partners
plans for permanence are delayed for children in care
private fostering arrangements are not identified
disabled children wait for assessments of their needs
elected members do not understand the quality of practice
audits focus on compliance rather than the impact on children
pathway plans are not written with young people
children at risk of exploitation are not identified early
supervision is infrequent and does not reflect on practice
thresholds for early help are not understood by partners
foster carers do not receive enough training and support
the local authority designated officer tracks allegations well
children's health assessments are completed late
education, training and employment for care leavers
the council listens to children in care through its children in care council""".splitlines()
themes = yaml.safe_load(open("graph-seed/themes.yml"))
texts = [item["description"] for key in ("groups", "themes") for item in themes.get(key) or [] if item.get("description")]
texts += phrases
assert len(set(texts)) == len(texts), "the questions must be distinct"
open(sys.argv[1], "w").write("\n".join(texts) + "\n")
PY
questions=$(wc -l <"$work/questions.txt")
echo "$questions distinct questions"
body() { python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1], "variables": {"t": sys.argv[2]}}))' "$1" "$2"; }
measure() {
  local label=$1 query=$2 i
  mapfile -t texts <"$work/questions.txt"
  for i in $(seq 0 $((questions - 1))); do body "$query" "${texts[$i]}"; done >"$work/bodies.json"
  mapfile -t bodies <"$work/bodies.json"
  for i in $(seq 0 19); do ask "${bodies[$((i % questions))]}" >/dev/null; done
  for i in $(seq 0 $((n - 1))); do ask "${bodies[$(((i + 20) % questions))]}"; done | sort -n | awk -v label="$label" '{ t[NR] = $1 * 1000 }
    END { printf "%s: p50 %.1f ms, p95 %.1f ms over %d requests\n", label, t[int(NR * 0.5)], t[int(NR * 0.95)], NR }'
}
measure "semanticSearch (20 hits)" "$search"
measure "semanticSearch (1 hit) + similar (5)" "$similar"
rss "after the queries"
sleep "$idle"; rss "after the queries and ${idle} s idle"
echo "load $(cat /proc/loadavg)"
echo "peak: $(grep VmHWM /proc/$pid/status | tr -s ' \t' ' ')"
