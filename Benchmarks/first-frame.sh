#!/usr/bin/env bash
# Time from exec to a program's first screen, gloss beside less on the same file:
#
#   Benchmarks/first-frame.sh [MEGABYTES|FILE|seed] [RUNS]    # default: 100 MB, 7 runs
#   Benchmarks/first-frame.sh seed 21                      # the first sample, as it is
#
# Builds gloss in release mode, writes the corpus the package-benchmark suite uses (the samples'
# bodies repeated after the first headline) to a temporary folder, or copies FILE there (`seed`:
# the first sample), and measures three ways:
#
# 1. On a pseudo-terminal, from exec (Benchmarks/first-frame.py, 3 × RUNS runs interleaved, or
#    PTY_RUNS): gloss with an empty annotation cache, gloss with a warm one (filled by `gloss
#    annotate` of the corpus's folder; the reader of one article does not read it, so the two
#    should agree) and less; each clock stops when the frame's last row has been written
#    (gloss's status line to its `q quit`, less's prompt, which names the file), and the end
#    of the output before 2 ms of quiet is reported beside it as a check that the frame was
#    whole. No tmux and no tracer in between; medians, quartiles and ranges.
# 2. In tmux (200x60), from starting the window until `capture-pane` shows the text: what a user
#    sees, tmux's own start included (about 15 ms here); gloss, then less.
# 3. With strace installed, gloss from its execve to the end of its first frame's writes.
#
# Every run gets XDG_CONFIG_HOME, XDG_CACHE_HOME, XDG_DATA_HOME and XDG_STATE_HOME in the
# temporary folder and LANG=C.UTF-8, so no user state is read or touched, and TERM=xterm (in
# tmux, tmux's own).
# GLOSS=PATH times that binary instead of building one; GLOSS_OTHER=PATH adds a second binary
# to the pseudo-terminal runs, interleaved with the first (before and after a change).
set -euo pipefail
cd "$(dirname "$0")/.."
megabytes=${1:-100}
runs=${2:-7}
pty_runs=${PTY_RUNS:-$((runs * 3))}
if [ -z "${GLOSS:-}" ]; then swift build -c release --product gloss >/dev/null; fi
gloss=${GLOSS:-$PWD/.build/release/gloss}
folder=$(mktemp -d)
socket="gloss-first-frame-$$"
trap 'rm -rf "$folder"' EXIT
export XDG_CONFIG_HOME=$folder/config XDG_CACHE_HOME=$folder/cache XDG_DATA_HOME=$folder/data
export XDG_STATE_HOME=$folder/state TERM=xterm LANG=C.UTF-8
mkdir -p "$folder/article" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_DATA_HOME" "$XDG_STATE_HOME"

samples=(Samples/*.txt Samples/wikinews/*.txt)
[ "$megabytes" = seed ] && megabytes=${samples[0]}
if [ -f "$megabytes" ]; then
  corpus=$folder/article/$(basename "$megabytes")
  cp "$megabytes" "$corpus"
else
  corpus=$folder/article/corpus-$megabytes-mb.txt
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
echo "corpus: $(stat -c %s "$corpus") bytes; gloss: $gloss ($(stat -c %s "$gloss") bytes)"

# 1. On a pseudo-terminal, from exec.
warm=$folder/warm-cache
"$gloss" annotate "$folder/article" > /dev/null
mv "$XDG_CACHE_HOME" "$warm" && mkdir -p "$XDG_CACHE_HOME"
echo "warm cache: $(find "$warm" -type f | wc -l) entries; load average $(cut -d' ' -f1-3 /proc/loadavg)"
status='\? help +q quit'
prompt=$(basename "$corpus" | sed 's/[]\.[*^$()+?{|]/\\&/g')
programs=(gloss "$status" "$gloss" "$corpus" -- "gloss, warm cache" "$status" "XDG_CACHE_HOME=$warm" "$gloss" "$corpus")
if [ -n "${GLOSS_OTHER:-}" ]; then programs+=(-- "$GLOSS_OTHER" "$status" "$GLOSS_OTHER" "$corpus"); fi
python3 Benchmarks/first-frame.py --runs "$pty_runs" --settle 2 "${programs[@]}" -- less "$prompt" "$(command -v less)" "$corpus"
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"

# 2. In tmux: prints the milliseconds from starting "$1" until the screen shows text matching "$2".
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

# 3. Prints the milliseconds from gloss's execve to the end of its first frame, as strace sees it
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
report "'$gloss' '$corpus'" "$gloss_shown" "gloss in tmux"
report "less '$corpus'" 'THAAD Anti-Missile' "less in tmux"
if command -v strace >/dev/null; then
  times=()
  for _ in $(seq "$runs"); do times+=("$(from_exec)"); done
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  echo "gloss from exec (strace): ${times[*]} ms, median ${sorted[$((runs / 2))]} ms"
fi
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
