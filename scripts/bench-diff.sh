#!/usr/bin/env bash
# weft diff of two 10,000-quote codings (issue 15): the whole command, JVM start included, timed ROUNDS times.
#
#   scripts/bench-diff.sh [ROUNDS]            # default 5; QUOTES=10000 NODES=500 by default
#
# Builds the default study once first, untimed, as scripts/bench-compare.sh does. Writes a synthetic study (bin/weft synth), copies it and recodes the copy: every 50th quote moved to another node,
# every 25th node relabelled, every 100th quote re-worded. Then times `bin/weft diff --from A --to B` (a summary to
# /dev/null) and prints each round, the median and what the diff found. Nothing is written to the repository: all
# files go to a temporary folder, removed at the end (KEEP=1 keeps it).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-5}"
quotes="${QUOTES:-10000}"
nodes="${NODES:-500}"
work="$(mktemp -d "${TMPDIR:-/tmp}/weft-bench-diff.XXXXXX")"
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
weft="$PWD/bin/weft"
"$weft" --version >/dev/null
# one build first, untimed, as a user's first: it leaves bin/weft's class-data archive in the cache if there is none
# yet (WEFT_CDS=0 times without it)
"$weft" build --output "$work/first" >/dev/null 2>&1
"$weft" synth --quotes "$quotes" --nodes "$nodes" --output "$work/a" >/dev/null
cp -r "$work/a" "$work/b"
for f in "$work"/b/coded-data/quotes/*.yaml; do
  awk '/^    codes: \[/ { n++; if (n % 50 == 0) { sub(/codes: \[[^],]*/, "codes: [sub-00001") } }
       /^    text: / { m++; if (m % 100 == 0) { sub(/text: "/, "text: \"Re-worded: ") } }
       { print }' "$f" > "$f.new" && mv "$f.new" "$f"
done
awk '/^ *label: / { n++; if (n % 25 == 0) { sub(/label: "/, "label: \"Relabelled ") } } { print }' \
  "$work/b/coded-data/coding-frame.yaml" > "$work/frame.new" && mv "$work/frame.new" "$work/b/coded-data/coding-frame.yaml"
"$weft" diff --from "$work/a" --to "$work/b" > "$work/diff.txt" || [ $? = 1 ]
echo "The diff: $(grep -E '^(Quotes|Nodes):' "$work/diff.txt" | tr '\n' ';')"
echo "Load before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $rounds rounds"
times=()
for ((r = 1; r <= rounds; r++)); do
  start=$(date +%s%N)
  "$weft" diff --from "$work/a" --to "$work/b" > /dev/null || [ $? = 1 ]
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "round $r: weft diff of two ${quotes}-quote codings: $ms ms"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }')
echo "median: $median ms over $rounds rounds (target: under 2000 ms); load after: $(cut -d' ' -f1-3 /proc/loadavg)"
