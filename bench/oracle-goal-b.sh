#!/bin/sh
# bench/oracle-goal-b.sh - the plan's goal (b) on real Linux 6.12, against
# an oracle that needs no plugin: the build breaks where the code names a
# member that goal (b) turns into padding.
#
#   bench/oracle-goal-b.sh [WORKDIR] [CONFIG]   (defaults: ./oracle-goal-b,
#                                                allnoconfig)
#   FC_ANNOTATIONS=FILE  the data to judge (default: the build tree's, with
#                        its stage-aware allow entries)
#   FC_COMPLETE=1        exit 1 unless the plugin reports every site and
#                        no other
#
# 1. Unpacks Debian's linux-source-6.12 twice into WORKDIR: "renamed" and
#    "plain".
# 2. In "renamed", inside struct page only, renames lru, mapping, index,
#    private and memcg_data to __goal_b_NAME: the layout is kept, the
#    names are gone.  Nothing else changes.
# 3. Builds "renamed" (CONFIG, vmlinux) with make -k and
#    -ftrack-macro-expansion=0: every "'struct page' has no member named"
#    error is a site (file, line, member).  This is the oracle.
# 4. Builds "plain" with the plugin, stage=goal-b-2023, page-member only,
#    and collects its report.
# 5. Compares the two with bench/oracle-compare.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
work=$(mkdir -p "${1:-oracle-goal-b}" && cd "${1:-oracle-goal-b}" && pwd)
config=${2:-allnoconfig}
tarball=/usr/src/linux-source-6.12.tar.xz
jobs=$(nproc)
plugin=$top/plugin/foliocheck.so
annotations=${FC_ANNOTATIONS:-$top/kernel-annotations/linux-6.12.annot}

[ -f "$plugin" ] ||
	{ echo "oracle-goal-b.sh: $plugin: build foliocheck first (./bootstrap)" >&2; exit 2; }
[ -f "$tarball" ] || apt-get install -y linux-source-6.12
for tree in renamed plain; do
	if [ ! -d "$work/$tree" ]; then
		echo "oracle-goal-b.sh: unpacking $tarball into $work/$tree"
		mkdir -p "$work/$tree"
		tar -C "$work/$tree" --strip-components=1 -xf "$tarball"
	fi
	(cd "$work/$tree" && [ -f .config ] || make "$config" >/dev/null)
done

members='lru|mapping|index|private|memcg_data'
oracle_flags="-ftrack-macro-expansion=0"
hdr=$work/renamed/include/linux/mm_types.h
if ! grep -q '__goal_b_' "$hdr"; then
	# asm-offsets.c includes mm_types.h, whose layout assertions name the
	# members: prepare with the header as it is, then rename keeping its
	# time, so that kbuild does not redo prepare and every unit still
	# compiles with the renamed header.
	echo "oracle-goal-b.sh: make prepare in renamed/ before the rename"
	(cd "$work/renamed" && make -j"$jobs" KCFLAGS="$oracle_flags" prepare \
		> "$work/prepare.log" 2>&1)
	awk -v members="$members" '
		/^struct page \{/ { inpage = 1 }
		inpage && $0 ~ "^[ \t]+[a-z_ ]+[ *]+(" members ");" {
			sub("(" members ");", "__goal_b_&")
		}
		inpage && /^\} _struct_page_alignment;/ { inpage = 0 }
		{ print }' "$hdr" > "$hdr.new"
	touch -r "$hdr" "$hdr.new"
	mv "$hdr.new" "$hdr"
fi
echo "oracle-goal-b.sh: renamed in struct page: $(grep -c '__goal_b_' "$hdr") members"

echo "oracle-goal-b.sh: building renamed/ ($config, make -k; log: $work/oracle.log)"
(cd "$work/renamed" && LANG=C LC_ALL=C make -k -j"$jobs" \
	KCFLAGS="$oracle_flags" vmlinux > "$work/oracle.log" 2>&1) || true

flags="-fplugin=$plugin -fplugin-arg-foliocheck-quiet"
flags="$flags -fplugin-arg-foliocheck-annotations=$annotations"
flags="$flags -fplugin-arg-foliocheck-stage=goal-b-2023"
flags="$flags -fplugin-arg-foliocheck-checks=page-member"
flags="$flags -fplugin-arg-foliocheck-root=$work/plain"
echo "oracle-goal-b.sh: building plain/ with the plugin (log: $work/plugin.log)"
(cd "$work/plain" && LANG=C LC_ALL=C make -j"$jobs" KCFLAGS="$flags" vmlinux \
	> "$work/plugin.log" 2>&1)
"$top/foliocheck-report" collect --exclude 'scripts/*' --exclude 'tools/*' \
	"$work/plain" -o "$work/plugin.json" 2>/dev/null
status=0
"$top/bench/oracle-compare" "$work/oracle.log" "$work/plugin.json" \
	"$work/renamed" --list ${FC_COMPLETE:+--complete} > "$work/comparison.txt" || status=$?
grep -Ev '^  (missed|extra) ' "$work/comparison.txt"
echo "oracle-goal-b.sh: every site: $work/comparison.txt"
exit "$status"
