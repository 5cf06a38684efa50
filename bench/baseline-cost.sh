#!/bin/sh
# bench/baseline-cost.sh - what -fplugin-arg-foliocheck-baseline= costs a compile.
#
#   bench/baseline-cost.sh KERNEL_TREE OBJ [N]     (default: 100000 findings)
#
# Makes a baseline list of N fingerprints: OBJ's own findings (so that the
# compile passes, as it does in a tree whose baseline is its last build)
# and random others, then runs bench/overhead.sh --unit on OBJ's kbuild
# command line with the plugin, without and with the baseline.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
tree=$(cd "$1" && pwd) obj=$2 n=${3:-100000}
plugin=${FC_PLUGIN:-$top/plugin/foliocheck.so}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$top/bench/kbuild-units.sh"

cd "$tree"
eval "$(command_of "$obj" "$work/out.o") -fplugin=$plugin ${FC_PLUGIN_ARGS:-} \
	-fplugin-arg-foliocheck-quiet -fplugin-arg-foliocheck-report=$work/unit.json"
"$top/foliocheck-report" baseline "$work/unit.json" -o "$work/own.fp" 2>/dev/null
own=$(($(wc -l < "$work/own.fp") - 1))
awk -v n=$((n - own)) 'BEGIN { srand(1); for (i = 0; i < n; i++)
	printf "%08x%08x\n", int(rand() * 4294967296), int(rand() * 4294967296) }' \
	> "$work/random"
{ head -1 "$work/own.fp"; { tail -n +2 "$work/own.fp"; cat "$work/random"; } | sort -u; } \
	> "$work/baseline.fp"
echo "baseline: $(($(wc -l < "$work/baseline.fp") - 1)) fingerprints ($own of $obj's own), $(du -k "$work/baseline.fp" | cut -f1) KiB"
FC_BASELINE_PLUGIN=$plugin FC_PLUGIN=$plugin \
FC_PLUGIN_ARGS="${FC_PLUGIN_ARGS:-} -fplugin-arg-foliocheck-baseline=$work/baseline.fp" \
	"$top/bench/overhead.sh" --unit "$tree" "$obj" |
	awk '{ printf "%s: instructions %.0f without the baseline, %.0f with: ratio %.5f; peak KiB %d, %d\n", $1, $2, $3, $3 / $2, $4, $5 }'
