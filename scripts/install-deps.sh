#!/usr/bin/env bash
# Installs the Debian packages NewsGraph needs when they are missing: libgraphviz-dev (the
# Graphviz C library the renderer links), and libxml2-utils (xmllint, used by the tests to
# check that every SVG is well-formed XML). Needs root (or sudo) only when something is missing.
set -euo pipefail

missing=()
pkg-config --exists libgvc 2>/dev/null || missing+=(libgraphviz-dev)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "setup: installing ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
