#!/bin/sh
# Trains the syntax model from data/ud/ (EWT train + GUM train) in a release build and writes
# Sources/NewsGraph/Resources/syntax/english.model and scores.txt. Deterministic: the same
# data gives the same bytes. About 4 minutes on one core. Extra arguments go to train-syntax.
set -eu
cd "$(dirname "$0")/.."
swift build -c release --scratch-path .build-syntax --product newsgraph
.build-syntax/release/newsgraph train-syntax --out Sources/NewsGraph/Resources/syntax "$@"
