#!/bin/sh
# bench/collect-rate.sh - how fast foliocheck-report collect reads a build.
#
#   bench/collect-rate.sh [N]          (default N: 30000 objects)
#
# Generates N objects as the plugin leaves them (bench/gen-objects: each
# with 3 findings of its own and 2 from a shared header), then times
# collect over them, best of 3 runs, and prints objects and findings per
# second.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-30000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$top/bench/gen-objects" "$work/objs" "$n"
best=
for run in 1 2 3; do
	start=$(date +%s.%N)
	"$top/foliocheck-report" collect "$work/objs" -o "$work/report.json"
	end=$(date +%s.%N)
	t=$(echo "$end - $start" | bc -l)
	if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
done
findings=$((n * 5))
printf 'objects: %d, unit findings: %d, distinct findings: %d\n' "$n" "$findings" \
	"$(grep -c '"fingerprint"' "$work/report.json")"
printf 'collect: %.2f s (best of 3): %.0f objects/s, %.0f findings/s\n' "$best" \
	"$(echo "$n / $best" | bc -l)" "$(echo "$findings / $best" | bc -l)"
