#!/bin/sh
# bench/overhead.sh - what foliocheck costs a kernel compile.
#
#   bench/overhead.sh KERNEL_TREE [UNITS]     (default UNITS: 20)
#
# Takes UNITS compiled objects of mm/ and fs/ from a built kernel tree
# (every k-th one of mm/*.o and fs/*.o in name order), re-runs each one's
# real kbuild command line (from its .*.o.cmd file, ccache and KCFLAGS
# removed) without and with the plugin (both rules on), and measures
#   - instructions: valgrind --tool=callgrind over the whole compile (gcc,
#     cc1, as), which counts the same on a loaded machine;
#   - peak memory: GNU time's maximum resident set size (cc1's).
# Prints the per-unit and total ratios (with / without).
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
. "$top/bench/kbuild-units.sh"
tree=$(cd "$1" && pwd)
units=${2:-20}
plugin="-fplugin=$top/plugin/foliocheck.so -fplugin-arg-foliocheck-quiet -fplugin-arg-foliocheck-root=$tree"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

choose_units "$tree" "$units" "$work/chosen"
cd "$tree"

# instructions: callgrind's totals over every process of the compile.
instructions() {
	rm -f "$work"/cg.*
	eval valgrind --tool=callgrind --trace-children=yes \
		--callgrind-out-file="$work/cg.%p" "$@" >/dev/null 2>&1
	for f in "$work"/cg.*; do sed -n 's/^summary: //p' "$f"; done |
		awk '{ s += $1 } END { print s }'
}

peak_kib() {
	eval /usr/bin/time -f %M -o "$work/rss" "$@" >/dev/null 2>&1
	cat "$work/rss"
}

printf '%-32s %14s %14s %7s %9s %9s %7s\n' unit "instr w/o" "instr with" ratio \
	"KiB w/o" "KiB with" ratio
sum0=0; sum1=0; max0=0; max1=0
while read -r obj; do
	base=$(command_of "$obj" "$work/out.o")
	i0=$(instructions "$base"); i1=$(instructions "$base $plugin")
	m0=$(peak_kib "$base"); m1=$(peak_kib "$base $plugin")
	printf '%-32s %14d %14d %7.4f %9d %9d %7.4f\n' "$obj" "$i0" "$i1" \
		"$(echo "$i1 / $i0" | bc -l)" "$m0" "$m1" "$(echo "$m1 / $m0" | bc -l)"
	sum0=$((sum0 + i0)); sum1=$((sum1 + i1))
	[ "$m0" -gt "$max0" ] && max0=$m0; [ "$m1" -gt "$max1" ] && max1=$m1
	echo "$m0 $m1" >> "$work/mem"
done < "$work/chosen"
printf 'total instructions: %d without, %d with: ratio %.4f\n' "$sum0" "$sum1" \
	"$(echo "$sum1 / $sum0" | bc -l)"
awk '{ a += $1; b += $2 } END { printf "peak memory (sum over units): ratio %.4f\n", b / a }' "$work/mem"
printf 'largest peak: %d KiB without, %d KiB with: ratio %.4f\n' "$max0" "$max1" \
	"$(echo "$max1 / $max0" | bc -l)"
