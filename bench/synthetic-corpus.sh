#!/usr/bin/env bash
# Writes a synthetic corpus of COPIES (default 10) times the dev corpus into OUT (outside the
# repository: it holds the documents' text): each real PDF's text moved to another authority and
# year, as plain PDFs, copy K in OUT/copy-KK (src/test/java/.../benchmark/SyntheticCorpus.java).
# Usage: bench/synthetic-corpus.sh OUT        Environment: COPIES, CORPUS (../shared/corpus/ofsted-dev)
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 1 ] || { echo "usage: bench/synthetic-corpus.sh OUT" >&2; exit 2; }
case "$(realpath -m "$1")" in "$(pwd)"/*) echo "write the corpus outside the repository" >&2; exit 2 ;; esac
./mvnw -B -q test-compile
./mvnw -B -q org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.mainClass=uk.inspectiongraph.benchmark.SyntheticCorpus \
  -Dexec.classpathScope=test -Dexec.args="--source=${CORPUS:-../shared/corpus/ofsted-dev} --out=$1 --copies=${COPIES:-10}"
