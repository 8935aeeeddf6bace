#!/usr/bin/env bash
# Sets up what NewsGraph needs on a Debian machine with Swift 6, builds it, and regenerates
# graphs/ from seeds/ (the project's main job). Safe to run again: the output is byte-identical.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v swift >/dev/null 2>&1; then
  echo "setup: Swift 6 is required (https://www.swift.org/install/linux/)" >&2
  exit 69
fi

scripts/install-deps.sh
swift build -c release --product newsgraph
bin=.build/release/newsgraph
mkdir -p graphs
"$bin" build seeds/*.txt --out graphs
"$bin" validate graphs/*.json
for graph in graphs/*.json; do
  "$bin" render "$graph" --out "${graph%.json}.svg"
done
scripts/make-diffs.sh "$bin"
