#!/usr/bin/env bash
# Soaks the README's run command: starts `./mvnw spring-boot:run` on a fresh data directory (the demo
# corpus is seeded), sends a mixed stream of the analyst queries of docs/queries for the given
# minutes from concurrent clients (two unless told), then prints requests, throughput, errors,
# p50/p95 latency and the app's peak RSS, and fails if any answer carried an error or the log shows
# the JIT giving up ("CodeCache is full") or an exception.
# Usage: bench/soak.sh [minutes] [clients]   (default 30 minutes, 2 clients)
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-30}
clients=${2:-2}
work=$(mktemp -d)
port=18090
log="$work/app.log"
./mvnw -B -q spring-boot:run -Dspring-boot.run.arguments="--server.port=$port --inspection-graph.embedded.bolt-port=0 \
  --inspection-graph.embedded.data-directory=$work/data" >"$log" 2>&1 &
launcher=$!
trap 'kill $launcher 2>/dev/null; pkill -f "data-directory=$work/data" 2>/dev/null; sleep 3; rm -rf "$work"' EXIT
until grep -qs "Inspection Graph is ready" "$log"; do
  kill -0 $launcher 2>/dev/null || { echo "app died:"; tail -n 40 "$log"; exit 1; }
  sleep 1
done
pid=$(pgrep -f -- "data-directory=$work/data" | while read -r p; do
  grep -qs plexus-classworlds /proc/"$p"/cmdline || echo "$p"; done | head -n 1)
echo "ready; soaking for $minutes min with $clients clients against pid $pid"
status=0
python3 - "$port" "$minutes" "$pid" "$clients" <<'PY' || status=$?
import json, pathlib, random, statistics, sys, threading, time, urllib.request
port, minutes, pid, clients = int(sys.argv[1]), float(sys.argv[2]), sys.argv[3], int(sys.argv[4])
docs = {p.stem: p.read_text() for p in pathlib.Path("docs/queries").glob("*.graphql")}
asks = [
    ("recurring-themes", "RecurringThemes", {"from": 2018, "to": 2022}),
    ("persistence", "ThemePersistence", {"limit": 50}),
    ("persistence", "PersistenceByAuthority", {"limit": 20}),
    ("trends", "ThemeTrend", {"theme": "caseloads"}),
    ("trends", "ThemeMatrix", {"by": "REGION"}),
    ("co-occurrence", "CoOccurringThemes", {"theme": "caseloads"}),
    ("authority-profile", "AuthorityProfile", {"name": "Warwickshire"}),
    ("people", "Inspectors", {"themes": 5}),
    ("people", "Person", {"name": "Nigel Minns"}),
    ("findings", "Findings", {"first": 20}),
    ("findings", "Search", {"text": "caseloads"}),
    ("judgements", "GradeHistory", {}),
    ("documents", "Documents", {}),
    ("documents", "GraphStats", {}),
]
end = time.time() + minutes * 60
times, errors, lock = [], [], threading.Lock()
def rss():
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) // 1024
peak = [0]
def client(seed):
    rnd = random.Random(seed)
    while time.time() < end:
        doc, op, variables = rnd.choice(asks)
        body = json.dumps({"query": docs[doc], "operationName": op, "variables": variables}).encode()
        req = urllib.request.Request(f"http://127.0.0.1:{port}/graphql", body, {"Content-Type": "application/json"})
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                answer = json.loads(r.read())
            ok = "errors" not in answer
        except Exception as ex:
            ok, answer = False, str(ex)
        with lock:
            times.append((time.perf_counter() - started) * 1000)
            if not ok:
                errors.append((op, str(answer)[:200]))
threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
[t.start() for t in threads]
while any(t.is_alive() for t in threads):
    peak[0] = max(peak[0], rss())
    time.sleep(5)
times.sort()
print(f"requests {len(times)} ({len(times) / (minutes * 60):.1f}/s), errors {len(errors)}, p50 {statistics.median(times):.1f} ms, "
      f"p95 {times[int(len(times) * 0.95)]:.1f} ms, peak RSS {peak[0]} MB")
for e in errors[:10]:
    print("error:", e)
sys.exit(1 if errors else 0)
PY
if grep -n "CodeCache is full\|Exception" "$log" | head -n 5; then echo "the log shows trouble (above)"; exit 1; fi
echo "log clean"
exit $status
