#!/usr/bin/env bash
# Writes graphs/diffs/ from the seed article graphs in graphs/:
#   - AAA-BBB.txt: `newsgraph diff` of each consecutive pair of seed graphs (000-001, 001-002, ...);
#   - AAA-BBB.svg: the diff diagram of the same pair (added green, removed red, changed amber);
#   - README.md: how much each pair of seed articles agrees (shared entities and relations, Jaccard index).
# Usage: scripts/make-diffs.sh PATH/TO/newsgraph   (setup-and-run.sh calls it after the build)
# The output is byte-identical on every run. Other files in graphs/diffs/ are left alone.
set -euo pipefail
if [ $# -ne 1 ]; then
  echo "usage: $0 PATH/TO/newsgraph" >&2
  exit 64
fi
bin=$1
case $bin in /*) ;; *) bin="$PWD/$bin" ;; esac
cd "$(dirname "$0")/.."
[ -x "$bin" ] || { echo "make-diffs: $bin is not an executable" >&2; exit 66; }

export LC_ALL=C
shopt -s nullglob
graphs=(graphs/[0-9][0-9][0-9]_*.json)
if [ ${#graphs[@]} -lt 2 ]; then
  echo "make-diffs: fewer than two seed graphs in graphs/; run newsgraph build first" >&2
  exit 66
fi
out=graphs/diffs
mkdir -p "$out"

# Writes stdin to a file atomically, so a reader never sees half of it.
write() {
  cat > "$1.tmp.$$"
  mv "$1.tmp.$$" "$1"
}

prefix() { basename "$1" | cut -c1-3; }

for ((i = 0; i + 1 < ${#graphs[@]}; i++)); do
  a=${graphs[i]} b=${graphs[i + 1]}
  "$bin" diff "$a" "$b" --render "$out/$(prefix "$a")-$(prefix "$b").svg" | write "$out/$(prefix "$a")-$(prefix "$b").txt"
done

{
  echo "# Diffs between the seed articles"
  echo
  echo "Written by \`scripts/make-diffs.sh\`, which \`scripts/setup-and-run.sh\` runs after"
  echo "building the graphs; do not edit by hand. [docs/diff.md](../../docs/diff.md) explains"
  echo "the diff and its marks (\`+\` only in B, \`-\` only in A, \`~\` in both but changed)."
  echo
  echo "| article | graph | headline |"
  echo "| --- | --- | --- |"
  for g in "${graphs[@]}"; do
    id=$(basename "$g" .json)
    title=$("$bin" diff "$g" "$g" | sed -n '2s/^      [^ ]*  //p')
    echo "| $(prefix "$g") | [$id.json](../$id.json) | ${title//|/\\|} |"
  done
  echo
  echo "## Consecutive articles"
  echo
  echo "| A → B | diff | diagram | entities +/-/~ | relations +/-/~ |"
  echo "| --- | --- | --- | --- | --- |"
  for ((i = 0; i + 1 < ${#graphs[@]}; i++)); do
    a=${graphs[i]} b=${graphs[i + 1]}
    name="$(prefix "$a")-$(prefix "$b")"
    sed -n 's/^summary: entities \([0-9]*\) added, \([0-9]*\) removed, \([0-9]*\) changed.*; relations \([0-9]*\) added, \([0-9]*\) removed, \([0-9]*\) changed.*/\1 \2 \3 \4 \5 \6/p' "$out/$name.txt" |
      while read -r ea er ec ra rr rc; do
        echo "| $(prefix "$a") → $(prefix "$b") | [$name.txt]($name.txt) | [$name.svg]($name.svg) | +$ea / -$er / ~$ec | +$ra / -$rr / ~$rc |"
      done
  done
  echo
  echo "## Agreement of every pair"
  echo
  echo "Entities and relations are matched by id. The Jaccard index is shared ÷ in either"
  echo "graph; 1 means the two graphs have the same ids, 0 that they share none."
  echo
  echo "| A | B | shared entities | entities in either | entity Jaccard | shared relations | relations in either | relation Jaccard |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
  for ((i = 0; i < ${#graphs[@]}; i++)); do
    for ((j = i + 1; j < ${#graphs[@]}; j++)); do
      a=${graphs[i]} b=${graphs[j]}
      "$bin" diff "$a" "$b" |
        sed -n 's/^agreement: entities \([0-9]*\) shared of \([0-9]*\) (Jaccard \([0-9.]*\)); relations \([0-9]*\) shared of \([0-9]*\) (Jaccard \([0-9.]*\))$/\1 \2 \3 \4 \5 \6/p' |
        while read -r es eu ej rs ru rj; do
          echo "| $(prefix "$a") | $(prefix "$b") | $es | $eu | $ej | $rs | $ru | $rj |"
        done
    done
  done
} | write "$out/README.md"
echo "make-diffs: wrote $((${#graphs[@]} - 1)) diff(s) and README.md in $out" >&2
