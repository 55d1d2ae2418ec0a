#!/usr/bin/env bash
# Scores the annotation core on the public development corpora with ../shared/eval's scorers:
# PolNeAR (quotes and speakers; stances on 24 dev articles) and GUM (entities and their types),
# and optionally trafilatura's page benchmark (HTML extraction). Builds release first.
#
#   scripts/evaluate.sh [quotes|entities|stances|html|all] [--split train|dev] [--verbose]
#                       [--scored-marks-only]
#
# --scored-marks-only leaves out the quotes Gloss finds between two apostrophes (''…''), as the
# PolNeAR scorer's gold leaves them out (scripts/eval/scored-marks-only.py): direct_f1,
# speaker_acc and who_f1 of the quotes the scorer can see; all_f1 is then not the real one.
#
# The data is laid out by ../shared/eval/setup.sh in $GLOSS_DEV_DATA (default /tmp/gloss-dev-data);
# nothing of it goes into the repository. PolNeAR's test split and GUM's news genre are the
# project's final measure: this script never scores them.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
shift || true
split=dev
verbose=()
scored_marks_only=false
while (($# > 0)); do
  case $1 in
    --split) split=$2; shift 2 ;;
    --verbose) verbose=(--verbose); shift ;;
    --scored-marks-only) scored_marks_only=true; shift ;;
    *) echo "evaluate.sh: unknown option $1" >&2; exit 64 ;;
  esac
done
case $split in train | dev) ;; *) echo "evaluate.sh: --split is train or dev" >&2; exit 64 ;; esac
data=${GLOSS_DEV_DATA:-/tmp/gloss-dev-data}
eval_dir=${GLOSS_EVAL:-../shared/eval}
if [ ! -d "$data/polnear" ]; then
  echo "evaluate.sh: no development data in $data: run $eval_dir/setup.sh (see its README)" >&2
  exit 66
fi
swift build -c release --product gloss >&2
gloss="$PWD/.build/release/gloss"
annotate="$gloss annotate {file} --format json"
quotes_cmd=$annotate
if $scored_marks_only; then quotes_cmd="$annotate | python3 $PWD/scripts/eval/scored-marks-only.py {file}"; fi
run() { echo "== $1" >&2; shift; python3 "$@"; }
case $what in quotes | all) run "PolNeAR $split: quotes" "$eval_dir/quotes_polnear.py" --data "$data/polnear" --split "$split" --cmd "$quotes_cmd" "${verbose[@]}" ;; esac
case $what in entities | all) run "GUM: entities" "$eval_dir/entities_gum.py" --data "$data/gum" --cmd "$annotate" "${verbose[@]}" ;; esac
case $what in stances | all) run "PolNeAR dev: stances" "$eval_dir/stances_polnear.py" --data "$data/polnear" --cmd "$annotate" "${verbose[@]}" ;; esac
case $what in html) run "trafilatura benchmark: pages" "$eval_dir/html_trafilatura.py" --data "$data/trafilatura" --cmd "$gloss extract {file} --format txt" ;; esac
