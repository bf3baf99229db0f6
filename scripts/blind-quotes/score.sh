#!/usr/bin/env bash
# score.sh [DIR]: span F1 and speaker accuracy of the working tree's quote extractor on
# DIR (a set of ANT articles with their .gold.tsv files; default: the fixtures), both
# with the NER model and with heuristic people only. Prints the misses, extras and
# wrong speakers, then the two score lines.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -n "${1:-}" ]; then export KHABAR_QUOTES_FIXTURES=$(realpath "$1"); fi
cargo test -q --release --no-default-features --test quotes annotated_ant_articles -- --nocapture 2>&1 \
  | grep -E "^(quotes|extra|missed|speaker)" || true
