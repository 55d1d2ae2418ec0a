#!/bin/sh
# Builds one libFuzzer target with the address sanitizer and runs it for a set time.
#
#   Fuzz/run.sh TARGET [SECONDS]
#
# TARGET is one of: text markdown html annotator notes theme (Fuzz/Targets/*.swift). For all but
# theme, the GlossCore sources are compiled together with the target's entry file into one
# module, so the target can reach internal API. theme needs GlossUI and TOMLKit (C++): SwiftPM
# builds them instrumented in .build-fuzz-ui and the entry file is linked against their objects.
# The corpus grows in .build-fuzz/corpus/TARGET (seeded from Samples/, the HTML test pages,
# Themes/ and Fuzz/Seeds/); crashing inputs are written to .build-fuzz/crashes/TARGET.
set -eu
cd "$(dirname "$0")/.."

target=${1:?usage: Fuzz/run.sh text|markdown|html|annotator|notes|theme [SECONDS]}
seconds=${2:-60}
case $target in
  text) entry=FuzzTextReader; seeds="Samples/*.txt Samples/wikinews/*.txt" ;;
  markdown) entry=FuzzMarkdownReader; seeds="Fuzz/Seeds/markdown/*.md" ;;
  html) entry=FuzzHTMLReader; seeds="Samples/*.html Tests/GlossCoreTests/HTMLFixtures/*.html" ;;
  annotator) entry=FuzzAnnotator; seeds="Samples/*.txt Samples/wikinews/*.txt" ;;
  notes) entry=FuzzNotesLoader; seeds="Fuzz/Seeds/notes/*.json" ;;
  theme) entry=FuzzThemeConfig; seeds="Themes/*.toml Fuzz/Seeds/config/*.toml" ;;
  *) echo "unknown target: $target" >&2; exit 64 ;;
esac

out=.build-fuzz/fuzz
binary=$out/fuzz-$target
corpus=.build-fuzz/corpus/$target
crashes=.build-fuzz/crashes/$target
mkdir -p "$out" "$corpus" "$crashes"

# Swift's crash handler trips the address sanitizer; libFuzzer prints the stack instead.
export SWIFT_BACKTRACE=enable=no
leaks=1
if [ "$target" = theme ]; then
  ui=.build-fuzz-ui/debug
  swift build --scratch-path .build-fuzz-ui --target GlossUI -Xswiftc -sanitize=fuzzer,address \
    -Xcc -fsanitize=fuzzer-no-link,address -Xcxx -fsanitize=fuzzer-no-link,address
  swiftc -sanitize=fuzzer,address -parse-as-library -swift-version 6 -g -use-ld=lld \
    -I $ui/Modules -Xcc -fmodule-map-file=$ui/CTOML.build/module.modulemap \
    -I Sources/CLibXML2 -Xcc -I/usr/include/libxml2 "Fuzz/Targets/$entry.swift" \
    $ui/GlossCore.build/*.o $ui/GlossUI.build/*.o $ui/TOMLKit.build/*.o \
    $(find $ui/CTOML.build -name '*.o') -lxml2 -lstdc++ -o "$binary"
  # TOMLKit leaks a little on every parse (TOMLTable(string:), tableGetKeys): not ours to fix.
  leaks=0
else
  # libxml2's module map lives in Sources/CLibXML2; GlossCore imports it as a system module.
  swiftc -sanitize=fuzzer,address -parse-as-library -swift-version 6 -O -g -use-ld=lld \
    -module-name GlossFuzz \
    -I Sources/CLibXML2 -Xcc -I/usr/include/libxml2 -lxml2 \
    $(find Sources/GlossCore -name '*.swift') "Fuzz/Targets/$entry.swift" \
    -o "$binary"
fi

for seed in $seeds; do
  [ -f "$seed" ] && cp "$seed" "$corpus/"
done

# -max_len: articles are long; 64 KB lets whole samples mutate. -rss_limit_mb: the annotator
# keeps tables of every word.
"$binary" "$corpus" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=4096 \
  -timeout=30 -detect_leaks=$leaks -artifact_prefix="$crashes/" -print_final_stats=1
