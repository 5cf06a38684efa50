#!/bin/sh
# bench/same-code.sh - the plugin changes no generated code.
#
#   bench/same-code.sh KERNEL_TREE [UNITS]     (default UNITS: 20)
#
# Recompiles UNITS objects of mm/ and fs/ of a built tree from their real
# kbuild command lines, without and with the plugin (both rules), removes
# the .discard.foliocheck section from both with objcopy, and compares what
# the objects hold: every section's bytes, relocations and symbols equal.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
. "$top/bench/kbuild-units.sh"
tree=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
plugin="-fplugin=$top/plugin/foliocheck.so -fplugin-arg-foliocheck-quiet"
# With debug info, DW_AT_producer records the command line (the plugin's
# arguments too): not recorded in either compile, so that -g objects
# compare as well.
same_flags=-gno-record-gcc-switches

choose_units "$tree" "${2:-20}" "$work/units"
same=0; differ=0
cd "$tree"
while read -r obj; do
	eval "$(command_of "$obj" "$work/without.o") $same_flags"
	eval "$(command_of "$obj" "$work/with.o") $same_flags $plugin"
	for o in without with; do
		objcopy --remove-section .discard.foliocheck "$work/$o.o" "$work/$o.stripped"
		"$top/bench/object-contents.sh" "$work/$o.stripped" > "$work/$o.contents"
	done
	if cmp -s "$work/without.contents" "$work/with.contents"; then
		same=$((same + 1)); echo "same   $obj"
	else
		differ=$((differ + 1)); echo "DIFFER $obj"
	fi
done < "$work/units"
echo "same contents (section removed): $same of $((same + differ))"
[ "$differ" -eq 0 ]
