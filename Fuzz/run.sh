#!/bin/sh
# Builds one libFuzzer target with the address sanitizer and runs it for a set time.
#
#   Fuzz/run.sh TARGET [SECONDS]
#
# TARGET is one of: text markdown html annotator notes (Fuzz/Targets/*.swift). The GlossCore
# sources are compiled together with the target's entry file into one module, so the target can
# reach internal API. The corpus grows in .build-fuzz/corpus/TARGET (seeded from Samples/ or
# the tests' notes); crashing inputs are written to .build-fuzz/crashes/TARGET.
set -eu
cd "$(dirname "$0")/.."

target=${1:?usage: Fuzz/run.sh text|markdown|html|annotator|notes [SECONDS]}
seconds=${2:-60}
case $target in
  text) entry=FuzzTextReader; seeds="Samples/*.txt Samples/wikinews/*.txt" ;;
  markdown) entry=FuzzMarkdownReader; seeds="Fuzz/Seeds/markdown/*.md" ;;
  html) entry=FuzzHTMLReader; seeds="Samples/*.html Tests/GlossCoreTests/HTMLFixtures/*.html" ;;
  annotator) entry=FuzzAnnotator; seeds="Samples/*.txt Samples/wikinews/*.txt" ;;
  notes) entry=FuzzNotesLoader; seeds="Fuzz/Seeds/notes/*.json" ;;
  *) echo "unknown target: $target" >&2; exit 64 ;;
esac

out=.build-fuzz/fuzz
binary=$out/fuzz-$target
corpus=.build-fuzz/corpus/$target
crashes=.build-fuzz/crashes/$target
mkdir -p "$out" "$corpus" "$crashes"

# libxml2's module map lives in Sources/CLibXML2; GlossCore imports it as a system module.
swiftc -sanitize=fuzzer,address -parse-as-library -swift-version 6 -O -g -use-ld=lld \
  -module-name GlossFuzz \
  -I Sources/CLibXML2 -Xcc -I/usr/include/libxml2 -lxml2 \
  $(find Sources/GlossCore -name '*.swift') "Fuzz/Targets/$entry.swift" \
  -o "$binary"

for seed in $seeds; do
  [ -f "$seed" ] && cp "$seed" "$corpus/"
done

# -max_len: articles are long; 64 KB lets whole samples mutate. -rss_limit_mb: the annotator
# keeps tables of every word.
"$binary" "$corpus" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=4096 \
  -timeout=30 -artifact_prefix="$crashes/" -print_final_stats=1
