#!/bin/sh
# Ingest cost per MB of a document made by repeating the bundled issue, against the bundled issue's own, in one
# JVM (kg.testkit.IngestCost). Needs `mvn -o package -DskipTests` (the jar and the test classes) first.
# usage: src/test/scripts/ingest-cost.sh MB [HEAP]   e.g. src/test/scripts/ingest-cost.sh 10 2g
set -e
cd "$(dirname "$0")/../../.."
doc=$(mktemp --suffix=.txt)
trap 'rm -f "$doc"' EXIT
src/test/scripts/repeat-issue.sh "$1" "$doc"
java -Xmx"${2:-2g}" -cp target/kg.jar:target/test-classes kg.testkit.IngestCost "$doc" 2>&1 | grep -v '^\[main\] WARN'
