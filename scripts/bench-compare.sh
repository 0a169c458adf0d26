#!/usr/bin/env bash
# Weft against pandoc + WeasyPrint and Hugo on this machine, as ratios measured in one run (issue 13).
#
#   scripts/bench-compare.sh [ROUNDS]          # default 5 rounds; QUOTES=10000 NODES=500 by default
#
# Each round runs every contender once, one after the other, so that the machine's noise falls on all alike:
#   pandoc (content/*.md in the article's order, to standalone HTML), then WeasyPrint (that HTML to PDF);
#   bin/weft build of the default study, a fresh JVM (SOURCE_DATE_EPOCH set, a new output folder, --no-cache);
#   the same build again with the build cache of an earlier build of it: unchanged, and with one quote recoded;
#   bin/weft bench of the default study (its warm median), and of its PDF alone (--stage pdf, warm median);
#   bin/weft build of a synthetic study (bin/weft synth, QUOTES quotes over NODES nodes), a fresh JVM, its max RSS
#   (--no-cache); and with the cache of an earlier build of it, after one quote was recoded;
#   Hugo on a generated site of QUOTES pages (plain layouts, no theme), cold.
#   bin/weft build in the build daemon (WEFT_DAEMON=1, started and warmed up before the rounds, with the build cache):
#   the default study with one quote recoded since the daemon's previous build (recoded, then back), nothing changed,
#   and the synthetic study with one quote recoded.
# Then: the 10k evidence site alone, warm (bench --stage evidence), and the synthetic build once more with -Xmx1g.
# Prints every figure of every round, the medians and the ratios of the issue's table.
# Installs pandoc, WeasyPrint and Hugo from Debian's packages when they are missing; nothing is written to the
# repository (all files go to a temporary folder, removed at the end; KEEP=1 keeps it).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
rounds="${1:-5}"
quotes="${QUOTES:-10000}"
nodes="${NODES:-500}"
warm_runs="${WARM_RUNS:-10}"

scripts/install-debian.sh pandoc weasyprint hugo time=/usr/bin/time

work="$(mktemp -d "${TMPDIR:-/tmp}/weft-bench.XXXXXX")"
weft="$root/bin/weft"
# the daemon's socket in the benchmark's folder: a daemon of the user's own is neither used nor stopped
export XDG_RUNTIME_DIR="$work/run"
export WEFT_DAEMON=0 # every build runs in a fresh JVM unless a row says otherwise
trap '"$weft" daemon stop >/dev/null 2>&1 || true; [ "${KEEP:-0}" = 1 ] || rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1700000000}"
"$weft" --version >/dev/null # builds the command line on first use, outside the timings
# one build first, outside the timings, as a user's first: it leaves bin/weft's class-data archive in the cache, if
# there is none yet (WEFT_CDS=0 times builds without it)
"$weft" build --project "$root" --output "$work/first" --cache "$work/cache-default" >/dev/null 2>&1
# a copy of the default study with one quote recoded (the first quote of poor-emotional-intelligence moved to
# difficulty-of-communication): its build reuses the cache of the unchanged study's
mkdir -p "$work/recoded"
cp -r "$root/coded-data" "$root/content" "$root/templates" "$work/recoded/"
sed -i '0,/codes: \[poor-emotional-intelligence\]/s//codes: [difficulty-of-communication]/' \
  "$work/recoded/coded-data/quotes/family-challenges.yaml"
! cmp -s "$root/coded-data/quotes/family-challenges.yaml" "$work/recoded/coded-data/quotes/family-challenges.yaml" \
  || { echo "bench-compare: the recode of the default study changed nothing" >&2; exit 1; }

# the article's prose for pandoc: content/*.md in the order of their front matter's 'order'
mapfile -t prose < <(for f in "$root"/content/*.md; do
  printf '%s\t%s\n' "$(sed -n 's/^order: *\([0-9-]*\).*/\1/p' "$f" | head -1)" "$f"; done | sort -n | cut -f2)

# the synthetic study and the Hugo site, written once
"$weft" synth --quotes "$quotes" --nodes "$nodes" --output "$work/synth" >/dev/null
"$weft" build --project "$work/synth" --output "$work/synth-first" --cache "$work/cache-synth" >/dev/null 2>&1
rm -rf "$work/synth-first"
cp -r "$work/synth" "$work/synth-recoded"
sed -i '0,/codes: \[sub-00001\]/s//codes: [sub-00002]/' "$work/synth-recoded/coded-data/quotes/part-001.yaml"
! cmp -s "$work/synth/coded-data/quotes/part-001.yaml" "$work/synth-recoded/coded-data/quotes/part-001.yaml" \
  || { echo "bench-compare: the recode of the synthetic study changed nothing" >&2; exit 1; }
# the build daemon: its first build runs in bin/weft's own JVM and starts it; status answers once it has warmed up
WEFT_DAEMON=1 "$weft" build --project "$root" --cache "$work/cache-daemon" --output "$work/daemon-out" >/dev/null 2>"$work/daemon-start"
if ! "$weft" daemon status | grep -q '^weft build daemon: process'; then
  # no daemon: its rows would time fresh JVMs under its name (Weft's jars older than its classes, say)
  echo "bench-compare: the build daemon did not start, so its rows cannot be measured:" >&2
  grep "^weft:" "$work/daemon-start" >&2 || true
  echo "(package Weft first: mvn -DskipTests install)" >&2
  exit 1
fi
: > "$work/stderr" # the builds' diagnostics (the default study has warnings), kept out of the figures
hugo_site="$work/hugo-site"
mkdir -p "$hugo_site/content/quotes" "$hugo_site/layouts/_default"
cat > "$hugo_site/config.toml" <<'EOF'
baseURL = "https://example.org/"
title = "Hugo benchmark"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
EOF
cat > "$hugo_site/layouts/_default/baseof.html" <<'EOF'
<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body>{{ block "main" . }}{{ end }}</body></html>
EOF
cat > "$hugo_site/layouts/_default/single.html" <<'EOF'
{{ define "main" }}<h1>{{ .Title }}</h1><p>Coded to {{ .Params.node }}.</p>{{ .Content }}{{ end }}
EOF
cat > "$hugo_site/layouts/_default/list.html" <<'EOF'
{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
EOF
awk -v n="$quotes" -v nodes="$nodes" -v dir="$hugo_site/content/quotes" 'BEGIN {
  for (i = 1; i <= n; i++) {
    f = sprintf("%s/q%05d.md", dir, i)
    printf "---\ntitle: \"Quote %d\"\nnode: \"node-%d\"\n---\n\nParticipant %d said that the family was, on day %d, ", i, i % nodes, i % 97, i > f
    printf "both a support and a burden; the words of the quote, as *coded*, run to a few sentences like the ones Weft renders.\n" >> f
    close(f)
  }
}'

ms() { date +%s%N; }
elapsed() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
record() { echo "$2" >> "$work/$1.txt"; }
warm_of() { sed -n "s/^warm $1: median \([0-9.]*\) ms.*/\1/p"; }

echo "Load before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $rounds rounds"
for round in $(seq 1 "$rounds"); do
  t=$(ms); pandoc -s -f markdown -t html5 --metadata pagetitle=article -o "$work/article.html" "${prose[@]}"; p=$(elapsed "$t")
  t=$(ms); weasyprint "$work/article.html" "$work/article-$round.pdf" 2>/dev/null; w=$(elapsed "$t")
  record pandoc "$p"; record weasyprint "$w"; record pandoc-weasyprint $((p + w))

  t=$(ms); "$weft" build --no-cache --project "$root" --output "$work/default-$round" >/dev/null 2>>"$work/stderr"; record weft-cold "$(elapsed "$t")"
  rm -rf "$work/default-$round"
  t=$(ms); "$weft" build --project "$root" --cache "$work/cache-default" --output "$work/default-$round" >/dev/null 2>>"$work/stderr"
  record weft-again "$(elapsed "$t")"
  rm -rf "$work/default-$round" "$work/cache-recoded"; cp -r "$work/cache-default" "$work/cache-recoded"
  t=$(ms); "$weft" build --project "$work/recoded" --cache "$work/cache-recoded" --output "$work/default-$round" >/dev/null 2>>"$work/stderr"
  record weft-recoded "$(elapsed "$t")"

  for project in "$work/recoded" "$root"; do # each a recode since the daemon's build before
    t=$(ms); WEFT_DAEMON=1 "$weft" build --project "$project" --cache "$work/cache-daemon" --output "$work/daemon-out" >/dev/null 2>>"$work/stderr"
    record daemon-recoded "$(elapsed "$t")"
  done
  t=$(ms); WEFT_DAEMON=1 "$weft" build --project "$root" --cache "$work/cache-daemon" --output "$work/daemon-out" >/dev/null 2>>"$work/stderr"
  record daemon-again "$(elapsed "$t")"

  record weft-warm "$("$weft" bench --project "$root" --runs "$warm_runs" 2>>"$work/stderr" | warm_of build)"
  record weft-pdf-warm "$("$weft" bench --project "$root" --runs "$warm_runs" --stage pdf 2>>"$work/stderr" | warm_of 'PDF stage')"

  t=$(ms)
  /usr/bin/time -f '%M' -o "$work/rss" "$weft" build --no-cache --project "$work/synth" --output "$work/synth-out-$round" >/dev/null 2>>"$work/stderr"
  record synth-build "$(elapsed "$t")"; record synth-rss-mib $(( $(cat "$work/rss") / 1024 ))
  record synth-pages "$(find "$work/synth-out-$round" -name '*.html' | wc -l)"
  rm -rf "$work/synth-out-$round" "$work/cache-synth-recoded"; cp -r "$work/cache-synth" "$work/cache-synth-recoded"
  t=$(ms); "$weft" build --project "$work/synth-recoded" --cache "$work/cache-synth-recoded" --output "$work/synth-out-$round" >/dev/null 2>>"$work/stderr"
  record synth-recoded "$(elapsed "$t")"
  rm -rf "$work/synth-out-$round"
  for project in "$work/synth-recoded" "$work/synth"; do
    t=$(ms); WEFT_DAEMON=1 "$weft" build --project "$project" --cache "$work/cache-synth-daemon" --output "$work/synth-daemon" >/dev/null 2>>"$work/stderr"
    [ "$round" = 1 ] && [ "$project" = "$work/synth-recoded" ] || record synth-daemon-recoded "$(elapsed "$t")" # the first: no cache yet
  done

  rm -rf "$work/hugo-out"
  t=$(ms); hugo --quiet --source "$hugo_site" --destination "$work/hugo-out" >/dev/null; record hugo "$(elapsed "$t")"
  record hugo-pages "$(find "$work/hugo-out" -name '*.html' | wc -l)"
  echo "round $round: pandoc $p ms + WeasyPrint $w ms; weft cold $(tail -1 "$work/weft-cold.txt") ms," \
    "cached: again $(tail -1 "$work/weft-again.txt") ms, recoded $(tail -1 "$work/weft-recoded.txt") ms," \
    "synthetic recoded $(tail -1 "$work/synth-recoded.txt") ms; daemon: recoded $(tail -1 "$work/daemon-recoded.txt") ms," \
    "again $(tail -1 "$work/daemon-again.txt") ms, synthetic recoded $(tail -1 "$work/synth-daemon-recoded.txt") ms;" \
    "warm $(tail -1 "$work/weft-warm.txt") ms, PDF warm $(tail -1 "$work/weft-pdf-warm.txt") ms;" \
    "synthetic $(tail -1 "$work/synth-build.txt") ms ($(tail -1 "$work/synth-pages.txt") pages, $(tail -1 "$work/synth-rss-mib.txt") MiB RSS);" \
    "Hugo $(tail -1 "$work/hugo.txt") ms ($(tail -1 "$work/hugo-pages.txt") pages); load $(cut -d' ' -f1 /proc/loadavg)"
done
evidence_warm="$("$weft" bench --project "$work/synth" --runs 3 --stage evidence 2>>"$work/stderr" | warm_of 'evidence stage')"
if WEFT_JAVA_OPTS="-Xmx1g ${WEFT_JAVA_OPTS:-}" "$weft" build --no-cache --project "$work/synth" --output "$work/synth-1g" >/dev/null 2>&1; then
  heap="passes with -Xmx1g"
else
  heap="FAILS with -Xmx1g"
fi

median() { sort -g "$work/$1.txt" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
base=$(median pandoc-weasyprint)
awk -v base="$base" -v pandoc="$(median pandoc)" -v weasy="$(median weasyprint)" -v cold="$(median weft-cold)" \
    -v warm="$(median weft-warm)" -v pdf="$(median weft-pdf-warm)" -v synth="$(median synth-build)" \
    -v pages="$(median synth-pages)" -v rss="$(median synth-rss-mib)" -v hugo="$(median hugo)" \
    -v hpages="$(median hugo-pages)" -v ev="$evidence_warm" -v heap="$heap" -v rounds="$rounds" \
    -v again="$(median weft-again)" -v recoded="$(median weft-recoded)" -v srecoded="$(median synth-recoded)" \
    -v drecoded="$(median daemon-recoded)" -v dagain="$(median daemon-again)" -v dsynth="$(median synth-daemon-recoded)" 'BEGIN {
  printf "\nMedians of %d rounds (ms); load after: %s\n", rounds, "'"$(cut -d' ' -f1-3 /proc/loadavg)"'"
  printf "| what | time | ratio |\n|---|--:|--:|\n"
  printf "| pandoc (%.0f ms) + WeasyPrint (%.0f ms), the default study'\''s prose | %.2f s | 1 |\n", pandoc, weasy, base / 1000
  printf "| bin/weft build of the default study, a fresh JVM | %.2f s | %.2fx |\n", cold / 1000, cold / base
  printf "| the same build again, a fresh JVM, with the build cache, nothing changed | %.2f s | %.2fx (%.2fx of the cold build) |\n", again / 1000, again / base, again / cold
  printf "| the same, one quote recoded | %.2f s | %.2fx (%.2fx of the cold build) |\n", recoded / 1000, recoded / base, recoded / cold
  printf "| the same in the build daemon (WEFT_DAEMON=1), one quote recoded since its last build | %.2f s | %.2fx (%.2fx of the cold build) |\n", drecoded / 1000, drecoded / base, drecoded / cold
  printf "| the same in the build daemon, nothing changed | %.2f s | %.2fx (%.2fx of the cold build) |\n", dagain / 1000, dagain / base, dagain / cold
  printf "| the same build, warm, in-process (bin/weft bench) | %.2f s | %.2fx |\n", warm / 1000, warm / base
  printf "| the PDF alone, warm (bench --stage pdf) | %.2f s | %.2fx of WeasyPrint |\n", pdf / 1000, pdf / weasy
  printf "| bin/weft build of the synthetic study (%d pages), a fresh JVM | %.2f s | %.0f pages/s (%.2fx Hugo) |\n", pages, synth / 1000, pages / synth * 1000, (pages / synth) / (hpages / hugo)
  printf "| the synthetic study again, a fresh JVM, with the build cache, one quote recoded | %.2f s | %.2fx of its cold build |\n", srecoded / 1000, srecoded / synth
  printf "| the synthetic study in the build daemon, one quote recoded | %.2f s | %.2fx of its cold build |\n", dsynth / 1000, dsynth / synth
  printf "| Hugo, %d pages, cold | %.2f s | %.0f pages/s |\n", hpages, hugo / 1000, hpages / hugo * 1000
  if (ev != "") printf "| the synthetic evidence site alone, warm | %.2f s | %.0f pages/s |\n", ev / 1000, pages / ev * 1000
  printf "Synthetic build: max RSS %d MiB (median); %s\n", rss, heap
}'
