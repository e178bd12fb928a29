#!/usr/bin/env bash
# Records the answer of every query in docs/queries on the dev corpus, and compares with an earlier
# record: what "same answers" means for a change that should keep behaviour.
# Usage: bench/answers.sh record FILE          (e.g. target/answers-before.jsonl)
#        bench/answers.sh compare BEFORE AFTER  (records AFTER, then exits 1 if any answer differs)
# The corpus is ../shared/corpus/ofsted-dev unless CORPUS names another folder. The files hold text of
# the documents: keep them out of the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${CORPUS:-../shared/corpus/ofsted-dev}
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
./mvnw -B -q test-compile
run() {
  ./mvnw -B -q org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.mainClass=uk.inspectiongraph.benchmark.AnswerSnapshot \
    -Dexec.classpathScope=test -Dexec.args="--ingest=$corpus --data-directory=$data/neo4j $*"
}
case ${1:-} in
  record) run "--out=$2" ;;
  compare) run "--out=$3" "--compare=$2" ;;
  *) echo "usage: bench/answers.sh record FILE | compare BEFORE AFTER" >&2; exit 2 ;;
esac
