#!/usr/bin/env bash
# Builds and runs a NewsGraph libFuzzer target (docs/fuzzing.md).
#
#   Tests/Fuzz/run.sh TARGET SECONDS          fuzz for SECONDS from the seed corpus
#   Tests/Fuzz/run.sh TARGET minimize FILE    minimise a crashing input (-minimize_crash=1)
#   Tests/Fuzz/run.sh TARGET replay FILE...   run the target once on each FILE
#
# TARGET is `extract` (article bytes → Article → SentenceSplitter → Extractor → JSON) or
# `graph` (graph JSON bytes → Graph.decode → problems → JSON → merge).
#
# The corpus grows in Tests/Fuzz/corpus/TARGET/, crash, timeout and out-of-memory inputs land
# in Tests/Fuzz/artifacts/TARGET/, and the full log in Tests/Fuzz/logs/ (all gitignored).
# Exits 0 when the run found nothing, 1 when it found a crash, timeout or OOM, 2 on misuse.
#
# Environment: FUZZ_SANITIZERS (default `fuzzer,address`; `fuzzer` alone runs faster),
# FUZZ_ARGS (more libFuzzer flags, such as -seed=1).
set -euo pipefail
# The whole script is one block, read before it runs, so editing it during a run is harmless.
{
usage() {
    echo "usage: $0 extract|graph SECONDS | $0 extract|graph minimize FILE | $0 extract|graph replay FILE..." >&2
    exit 2
}
[ $# -ge 2 ] || usage
target=$1
shift
case "$target" in
    extract) max_len=65536 ;;    # 64 KB: several long articles
    graph) max_len=262144 ;;     # 256 KB: five times the seed corpus.json
    *) usage ;;
esac

fuzz_dir=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$fuzz_dir/../.." && pwd)
sanitizers=${FUZZ_SANITIZERS:-fuzzer,address}
# One build folder per set of sanitizers, so that runs with different sets can go side by side.
scratch="$fuzz_dir/.build-fuzz/${sanitizers//,/-}"
corpus="$fuzz_dir/corpus/$target"
artifacts="$fuzz_dir/artifacts/$target"
logs="$fuzz_dir/logs"
mkdir -p "$corpus" "$artifacts" "$logs"

echo "fuzz: building fuzz-$target with -sanitize=$sanitizers" >&2
swift build -c release --package-path "$fuzz_dir" --scratch-path "$scratch" --product "fuzz-$target" \
    -Xswiftc "-sanitize=$sanitizers" 2>&1 |
    grep -v "warning: Cannot export local symbol" >&2 || true
binary="$scratch/release/fuzz-$target"
[ -x "$binary" ] || { echo "fuzz: build failed" >&2; exit 1; }

# Swift's own crash backtracer would take the crash before libFuzzer can save the input; Swift
# runtime caches look like leaks to LeakSanitizer, so leak checking is off.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1:handle_abort=1:handle_sigill=1}
common=(-rss_limit_mb=2048 -timeout=10 -max_len="$max_len" -detect_leaks=0 -artifact_prefix="$artifacts/")
fuzz_flags=(-dict="$fuzz_dir/dicts/$target.dict" -print_final_stats=1 -report_slow_units=5)

mode=$1
case "$mode" in
    minimize)
        [ $# -eq 2 ] && [ -f "$2" ] || usage
        # libFuzzer writes each smaller crashing input it finds; only the last, smallest one is
        # kept, as artifacts/TARGET/minimized-NAME.
        work=$(mktemp -d)
        trap 'rm -rf "$work"' EXIT
        "$binary" "${common[@]}" -artifact_prefix="$work/" -minimize_crash=1 -max_total_time=300 "$2" 2>&1 |
            grep -E 'CRASH_MIN|Fatal error|SUMMARY' | tail -5 || true
        smallest=$(ls -S "$work" | tail -1)
        [ -n "$smallest" ] || { echo "fuzz: $2 does not crash fuzz-$target" >&2; exit 1; }
        cp "$work/$smallest" "$artifacts/minimized-$(basename "$2")"
        echo "fuzz: $(wc -c <"$artifacts/minimized-$(basename "$2")") bytes: $artifacts/minimized-$(basename "$2")"
        exit 0
        ;;
    replay)
        shift
        [ $# -ge 1 ] || usage
        exec "$binary" "${common[@]}" "$@"
        ;;
esac
[[ "$mode" =~ ^[0-9]+$ ]] && [ $# -eq 1 ] || usage
seconds=$mode

# Seeds: the committed seed corpus, the repository's own inputs and every regression input.
seeds="$scratch/seeds-$target"
rm -rf "$seeds"
mkdir -p "$seeds"
cp "$fuzz_dir/seeds/$target/"* "$seeds/"
if [ "$target" = extract ]; then
    cp "$root"/seeds/*.txt "$root"/Tests/NewsGraphTests/Fixtures/dev-articles/*.txt "$seeds/"
    # One long article (every seed and dev article in a row), so that libFuzzer's length limit
    # starts near -max_len and long inputs are tried from the start.
    cat "$root"/seeds/*.txt "$root"/Tests/NewsGraphTests/Fixtures/dev-articles/*.txt | head -c "$max_len" >"$seeds/all-articles.txt"
else
    cp "$root"/graphs/*.json "$root"/Tests/NewsGraphTests/Fixtures/scorer-*graph*.json "$seeds/"
fi
cp "$root/Tests/NewsGraphTests/Fixtures/fuzz-regressions/$target-"* "$seeds/" 2>/dev/null || true

log="$logs/$target-$(date -u +%Y%m%dT%H%M%SZ).log"
marker="$scratch/started-$target"
touch "$marker"
echo "fuzz: running fuzz-$target for $seconds s (corpus $corpus, log $log)" >&2
status=0
started=$SECONDS
# shellcheck disable=SC2086
"$binary" "${common[@]}" "${fuzz_flags[@]}" -max_total_time="$seconds" \
    ${FUZZ_ARGS:-} "$corpus" "$seeds" >"$log" 2>&1 || status=$?

# The summary: executions, coverage, corpus, findings of this run.
findings=$(find "$artifacts" -maxdepth 1 -type f -newer "$marker" \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'slow-unit-*' -o -name 'leak-*' \) | sort)
execs=$(grep -h '^stat::number_of_executed_units' "$log" | awk '{s += $2} END {print s + 0}')
rate=$(grep -h '^stat::average_exec_per_sec' "$log" | awk '{s += $2} END {print s + 0}')
peak=$(grep -h '^stat::peak_rss_mb' "$log" | awk '{if ($2 > m) m = $2} END {print m + 0}')
last=$(grep -h -E '^#[0-9]+' "$log" | grep 'cov: ' | tail -1 || true)
cov=$(sed -E -n 's/.*cov: ([0-9]+).*/\1/p' <<<"$last")
ft=$(sed -E -n 's/.*ft: ([0-9]+).*/\1/p' <<<"$last")
units=$(find "$corpus" -type f | wc -l)
count() { grep -c -- "$1" <<<"$findings" || true; }
echo "fuzz-$target: $((SECONDS - started)) s, $execs executions ($rate/s), cov ${cov:-?} ft ${ft:-?}, corpus $units inputs, peak RSS ${peak} MB"
echo "fuzz-$target: crashes $(count /crash-), timeouts $(count /timeout-), out-of-memory $(count /oom-), slow units $(count /slow-unit-)"
if [ -n "$findings" ]; then
    sed 's/^/  /' <<<"$findings"
    grep -h -E 'fuzz-(extract|graph): |Fatal error|ERROR: libFuzzer|SUMMARY' "$log" | sort -u | head -20 | sed 's/^/  /'
fi
if [ "$status" -ne 0 ] || grep -q -E '(crash|timeout|oom)-' <<<"$findings"; then
    echo "fuzz-$target: FOUND PROBLEMS (libFuzzer exit $status); see $log" >&2
    exit 1
fi
echo "fuzz-$target: clean"
exit 0
}
