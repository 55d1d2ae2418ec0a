#!/usr/bin/env bash
# `gloss annotate` end to end on a release build, as a user runs it (issue #17):
#
#   1. one article of MEGABYTES (each size given; the samples' bodies repeated, as the
#      package-benchmark corpora) in each format: wall and CPU seconds, peak resident memory;
#   2. a folder of ARTICLES articles (LibraryCorpus: the samples, people renamed) with an empty
#      annotation cache, then with the cache it filled.
#
#   Benchmarks/annotate.sh [RUNS] [ARTICLES] [MEGABYTES...]   # default: 3 runs, 2,000, 20 63 100
#
# Corpora are written by `write-corpus` into a temporary folder, removed at the end. Each line
# is one run: seconds of wall clock, user and system CPU, and peak resident memory (GNU time).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
articles=${2:-2000}
sizes=("${@:3}")
((${#sizes[@]})) || sizes=(20 63 100)
swift build -c release --product gloss >/dev/null
(cd Benchmarks && swift build -c release --product write-corpus >/dev/null)
gloss="$PWD/.build/release/gloss"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

# Runs "$@" with GNU time and prints "LABEL: wall user sys peak" for it.
measure() {
  local label=$1
  shift
  /usr/bin/time -o "$work/time" -f "%e s wall, %U s user, %S s system, %M kB peak" "$@" >/dev/null 2>&1 || true
  echo "$label: $(cat "$work/time")"
}

for size in "${sizes[@]}"; do
  Benchmarks/.build/release/write-corpus text "$size" "$work/corpus.txt"
  for format in json text brat; do
    for _ in $(seq "$runs"); do measure "$size MB, --format $format" "$gloss" annotate "$work/corpus.txt" --format "$format"; done
  done
done

Benchmarks/.build/release/write-corpus library "$articles" "$work/library"
echo "folder: $articles articles, $(find "$work/library/articles" -type f -printf '%s\n' | awk '{s += $1} END {print s}') bytes"
# A new cache folder for every run, all removed at the end: on ext4 without a journal (this
# machine's), inodes freed in the last minutes are skipped, one by one, when a file is made, so
# emptying the cache just before a run would add the file system's search to every entry written.
for run in $(seq "$runs"); do
  measure "folder, empty cache" env XDG_CACHE_HOME="$work/cache-$run" "$gloss" annotate "$work/library/articles"
  measure "folder, warm cache" env XDG_CACHE_HOME="$work/cache-$run" "$gloss" annotate "$work/library/articles"
done
