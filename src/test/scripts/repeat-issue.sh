#!/bin/sh
# Writes a document of about MB megabytes made by repeating an issue, for measuring how ingest cost grows
# with size (the big files are made, not committed).
# usage: src/test/scripts/repeat-issue.sh MB OUT [ISSUE]
set -e
mb=$1; out=$2; issue=${3:-$(dirname "$0")/../../../data/newsletters/gongzuo-dongtai-2025-1.txt}
size=$(wc -c < "$issue")
copies=$(( (mb * 1024 * 1024 + size - 1) / size ))
: > "$out"
i=0
while [ $i -lt $copies ]; do cat "$issue" >> "$out"; i=$((i + 1)); done
