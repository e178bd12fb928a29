#!/usr/bin/env bash
# Replays every hostile input of src/test/java/uk/inspectiongraph/hostile/HostileInputs.java against
# the upload endpoint of an application started here (its own data directory, seeded with the demo
# corpus), with GraphQL reads fired alongside, and prints per input: status, reason, time to refusal,
# reads answered meanwhile and the slowest; read latency p50/p95 at rest and during the uploads; the
# application's peak RSS. Results and the table: docs/hostile-inputs.md.
# Usage: bench/hostile-inputs.sh [--only=PREFIX]
# Extra options for the application: APP_OPTIONS, e.g. APP_OPTIONS=--inspection-graph.reading.concurrent-reads=1
# JVM options for it: APP_JVM_OPTIONS, e.g. APP_JVM_OPTIONS=-Xmx1g
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls target/inspection-graph-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ]; then ./mvnw -q -B package -DskipTests; jar=$(ls target/inspection-graph-*.jar | head -n 1); fi
./mvnw -q -B test-compile
work=$(mktemp -d)
password="hostile-$RANDOM$RANDOM"
java ${APP_JVM_OPTIONS:-} -jar "$jar" --server.port=0 --inspection-graph.embedded.bolt-port=0 \
  --inspection-graph.embedded.data-directory="$work/data" --inspection-graph.security.editor-password="$password" \
  ${APP_OPTIONS:-} >"$work/app.log" 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; rm -rf "$work"' EXIT
port=""
for _ in $(seq 1 600); do
  port=$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$work/app.log" | head -n 1)
  if [ -n "$port" ] && grep -q "Graph ready" "$work/app.log"; then break; fi
  kill -0 "$app" 2>/dev/null || { cat "$work/app.log"; exit 1; }
  sleep 1
done
[ -n "$port" ] || { echo "the application did not start"; tail -n 20 "$work/app.log"; exit 1; }
echo "application pid $app on port $port; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -q -B org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
  -Dexec.mainClass=uk.inspectiongraph.hostile.HostileInputBench \
  -Dexec.args="--url=http://127.0.0.1:$port --user=editor --password=$password --pid=$app $*"
echo "OutOfMemoryError in the application log: $(grep -c OutOfMemoryError "$work/app.log" || true)"
