#!/usr/bin/env bash
# The news goals of issue #16, measured end to end on a release build against the tests' web
# server on 127.0.0.1 (Tests/NewsServer/news_server.py), in a data folder of its own:
#
#   1. `gloss feeds refresh` of FEEDS feeds of 20 items each, every item's page fetched,
#      extracted and annotated (goal: 100 feeds within 10 s);
#   2. the news library of ITEMS stored items on screen in tmux (goal: 10,000 within 0.5 s);
#   3. `gloss search` over those items (goal: 10,000 within 100 ms).
#
#   Benchmarks/news.sh [FEEDS] [ITEMS] [RUNS]     # default: 100 feeds, 10,000 items, 5 runs
set -euo pipefail
cd "$(dirname "$0")/.."
feeds=${1:-100}
items=${2:-10000}
runs=${3:-5}
swift build -c release --product gloss >/dev/null
gloss="$PWD/.build/release/gloss"
work=$(mktemp -d)
export XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" XDG_CONFIG_HOME="$work/config"
mkfifo "$work/keep"
python3 Tests/NewsServer/news_server.py "$work/server.log" < "$work/keep" > "$work/port" &
server=$!
exec 3> "$work/keep"
trap 'exec 3>&-; wait "$server" 2>/dev/null; rm -rf "$work"' EXIT
until [ -s "$work/port" ]; do sleep 0.05; done
port=$(head -n 1 "$work/port")

# Writes an OPML file of feeds numbered $1 to $2 (20 items each) and imports it.
subscribe() {
  {
    echo '<opml version="2.0"><body>'
    for ((n = $1; n <= $2; n++)); do echo "<outline text=\"Feed $n\" xmlUrl=\"http://127.0.0.1:$port/feed/b$n?items=20\"/>"; done
    echo '</body></opml>'
  } > "$work/feeds.opml"
  "$gloss" feeds import "$work/feeds.opml" >/dev/null
}

milliseconds() { echo $((($(date +%s%N) - $1) / 1000000)); }

subscribe 1 "$feeds"
start=$(date +%s%N)
"$gloss" feeds refresh --jobs 8 2>/dev/null
echo "refresh of $feeds feeds × 20 items, pages fetched and annotated: $(milliseconds "$start") ms"
start=$(date +%s%N)
"$gloss" feeds refresh --jobs 8 2>/dev/null
echo "the same again, every feed answered 304: $(milliseconds "$start") ms"

total=$((items / 20))
if ((total > feeds)); then
  subscribe $((feeds + 1)) "$total"
  "$gloss" feeds refresh --jobs 8 >/dev/null 2>&1
fi
echo "stored: $(sqlite3 "$XDG_DATA_HOME/gloss/news.sqlite" 'SELECT COUNT(*) FROM item') items"

for ((run = 1; run <= runs; run++)); do
  socket="gloss-news-bench-$$-$run"
  start=$(date +%s%N)
  tmux -L "$socket" -f /dev/null new-session -d -x 200 -y 60 -e LANG=C.UTF-8 \
    -e XDG_DATA_HOME="$XDG_DATA_HOME" -e XDG_CACHE_HOME="$XDG_CACHE_HOME" -e XDG_CONFIG_HOME="$XDG_CONFIG_HOME" "$gloss"
  until tmux -L "$socket" capture-pane -p 2>/dev/null | grep -q "unread"; do :; done
  echo "news library of $items items on screen: $(milliseconds "$start") ms"
  tmux -L "$socket" kill-server
done

for ((run = 1; run <= runs; run++)); do
  start=$(date +%s%N)
  "$gloss" search winter storms --limit 20 >/dev/null
  echo "gloss search over $items items (the whole command): $(milliseconds "$start") ms"
done
