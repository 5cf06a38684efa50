#!/bin/sh
# bench/overhead.sh - what foliocheck costs a kernel compile.
#
#   bench/overhead.sh KERNEL_TREE [UNITS] [JOBS]   (defaults: 20 units, 2 jobs)
#
# Takes UNITS compiled objects of mm/ and fs/ from a built kernel tree
# (every k-th one in name order), re-runs each one's real kbuild command
# line (from its .*.o.cmd file, without ccache and any foliocheck argument)
# without and with the plugin (both rules on), and measures
#   - instructions: valgrind --tool=callgrind over the whole compile (gcc,
#     cc1, as), which counts the same however loaded the machine is;
#   - peak memory: GNU time's maximum resident set size (cc1's).
# Prints each unit, then the ratios (with / without) over the whole set.
#
# To compare two foliocheck builds instead of none and one, set
#   FC_BASELINE_PLUGIN=OLD/foliocheck.so  the "without" compile loads it
#   FC_PLUGIN=NEW/foliocheck.so           the plugin under test (default:
#                                         this build's)
# FC_PLUGIN_ARGS adds arguments for the plugin under test (e.g.
# "-fplugin-arg-foliocheck-census").
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
. "$top/bench/kbuild-units.sh"

# measure OBJ: one line, "obj instr0 instr1 kib0 kib1" (run in the tree).
measure() {
	w=$(mktemp -d)
	base=$(command_of "$1" "$w/out.o")
	args="-fplugin-arg-foliocheck-quiet ${FC_PLUGIN_ARGS:-}"
	plugin="-fplugin=${FC_PLUGIN:-$top/plugin/foliocheck.so} $args"
	baseline=
	[ -n "${FC_BASELINE_PLUGIN:-}" ] &&
		baseline="-fplugin=$FC_BASELINE_PLUGIN -fplugin-arg-foliocheck-quiet"
	set -- "$1"
	for variant in 0 1; do
		extra=$baseline; [ "$variant" = 1 ] && extra=$plugin
		eval valgrind --tool=callgrind --trace-children=yes \
			--callgrind-out-file="$w/cg.%p" "$base $extra" >/dev/null 2>&1
		for f in "$w"/cg.*; do sed -n 's/^summary: //p' "$f"; done |
			awk '{ s += $1 } END { printf "%.0f\n", s }' > "$w/i$variant"
		rm -f "$w"/cg.*
		eval /usr/bin/time -f %M -o "$w/m$variant" "$base $extra" >/dev/null 2>&1
	done
	echo "$1 $(cat "$w/i0") $(cat "$w/i1") $(cat "$w/m0") $(cat "$w/m1")"
	rm -rf "$w"
}

if [ "${1:-}" = --unit ]; then
	cd "$2"
	measure "$3"
	exit 0
fi

tree=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
choose_units "$tree" "${2:-20}" "$work/units"
xargs -P "${3:-2}" -n 1 "$0" --unit "$tree" < "$work/units" | sort > "$work/results"
awk '
	{ printf "%-34s %14.0f %14.0f %7.4f %9d %9d %7.4f\n", $1, $2, $3, $3 / $2, $4, $5, $5 / $4
	  i0 += $2; i1 += $3; m0 += $4; m1 += $5; if ($4 > p0) p0 = $4; if ($5 > p1) p1 = $5 }
	END { printf "units: %d\n", NR
	      printf "instructions, whole set: %.0f without, %.0f with: ratio %.4f\n", i0, i1, i1 / i0
	      printf "peak memory, summed over units: ratio %.4f; largest peak %d KiB without, %d KiB with: ratio %.4f\n", m1 / m0, p0, p1, p1 / p0 }
' "$work/results"
