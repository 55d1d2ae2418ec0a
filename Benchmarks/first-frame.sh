#!/usr/bin/env bash
# Time from starting a program in a new tmux window to its first screen, as a user sees it:
# start a detached 200x60 session and poll `capture-pane` until the expected text shows.
#
#   Benchmarks/first-frame.sh [MEGABYTES|FILE] [RUNS]     # default: 100 MB, 7 runs
#   Benchmarks/first-frame.sh seed 21                     # the first sample, as it is
#
# Builds gloss in release mode, writes the corpus the package-benchmark suite uses (the samples'
# bodies repeated after the first headline) to a temporary file, or takes FILE (`seed`: the first
# sample), and prints each run and the median for `gloss` (until its status line shows) and for
# `less` on the same file; with strace installed, also gloss's time from its execve to the end
# of its first frame, without tmux's start. GLOSS=PATH times that binary instead of building one.
set -euo pipefail
cd "$(dirname "$0")/.."
megabytes=${1:-100}
runs=${2:-7}
if [ -z "${GLOSS:-}" ]; then swift build -c release --product gloss >/dev/null; fi
gloss=${GLOSS:-$PWD/.build/release/gloss}
corpus=$(mktemp --suffix=.txt)
socket="gloss-first-frame-$$"
trap 'rm -f "$corpus"' EXIT

samples=(Samples/*.txt Samples/wikinews/*.txt)
[ "$megabytes" = seed ] && megabytes=${samples[0]}
if [ -f "$megabytes" ]; then
  cp "$megabytes" "$corpus"
else
  head -n 1 "${samples[0]}" > "$corpus"
  bodies=$(mktemp)
  for sample in "${samples[@]}"; do
    printf '\n' >> "$bodies"
    tail -n +2 "$sample" >> "$bodies"
  done
  target=$((megabytes * 1000000))
  while [ "$(stat -c %s "$corpus")" -lt "$target" ]; do cat "$bodies" >> "$corpus"; done
  rm -f "$bodies"
fi
echo "corpus: $(stat -c %s "$corpus") bytes, load average $(cut -d' ' -f1-3 /proc/loadavg)"

# Prints the milliseconds from starting "$1" until the screen shows text matching "$2".
measure() {
  local start end server="$socket-$RANDOM"
  start=$(date +%s%N)
  tmux -L "$server" -f /dev/null new-session -d -x 200 -y 60 -e LANG=C.UTF-8 "$1"
  until tmux -L "$server" capture-pane -p 2>/dev/null | grep -q -e "$2"; do :; done
  end=$(date +%s%N)
  tmux -L "$server" kill-server
  echo $(((end - start) / 1000000))
}

# Runs "$1" $runs times and prints the times and their median.
report() {
  local times=() sorted
  for _ in $(seq "$runs"); do times+=("$(measure "$1" "$2")"); done
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  echo "$3: ${times[*]} ms, median ${sorted[$((runs / 2))]} ms"
}

# Prints the milliseconds from gloss's execve to the end of its first frame, as strace sees it
# (tracing only execve and write, through seccomp, so the rest runs at full speed): the frame
# is the writes from the one that clears the screen to the first pause of 2 ms after it.
from_exec() {
  local server="$socket-$RANDOM" trace
  trace=$(mktemp)
  tmux -L "$server" -f /dev/null new-session -d -x 200 -y 60 -e LANG=C.UTF-8 \
    "strace -f --seccomp-bpf -e trace=execve,write -ttt -o '$trace' '$gloss' '$corpus'"
  until tmux -L "$server" capture-pane -p 2>/dev/null | grep -q -e "$gloss_shown"; do :; done
  sleep 0.5
  tmux -L "$server" kill-server
  awk 'NR == 1 { exec = $2 }
    /write\(1,/ {
      if (cleared && $2 - last > 0.002) exit
      if (/33\[H\\33\[J/) cleared = 1
      last = $2
    }
    END { printf "%d\n", (last - exec) * 1000 }' "$trace"
  rm -f "$trace"
}

gloss_shown='reading the article\|annotating\|quotes │'
report "'$gloss' '$corpus'" "$gloss_shown" gloss
report "less '$corpus'" 'THAAD Anti-Missile' less
if command -v strace >/dev/null; then
  times=()
  for _ in $(seq "$runs"); do times+=("$(from_exec)"); done
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  echo "gloss from exec (strace): ${times[*]} ms, median ${sorted[$((runs / 2))]} ms"
fi
