#!/bin/sh
# bench/oracle.sh - recall and precision of page-member on real Linux 6.12
# code, against an oracle the plugin did not write: GCC's front end itself.
#
#   bench/oracle.sh [WORKDIR]      (default: ./oracle-work; needs the build)
#
#   FC_CC=gcc-11 FC_PLUGIN=plugins/gcc-11/foliocheck.so \
#   bench/oracle.sh [WORKDIR]      the same with another compiler
#   FC_COMPLETE=1 bench/oracle.sh  exit 1 unless every site is found and
#                                  none is extra (make check-kernel)
#   FC_KERNEL=6.1 bench/oracle.sh  Debian's linux-source-6.1 instead of 6.12
#                                  (built without CONFIG_WERROR: gcc-12 warns
#                                  on 6.1's trace events)
#
# 1. Unpacks Debian's linux-source-6.12 (or FC_KERNEL's) into WORKDIR (apt-get installs it
#    when missing) and configures x86-64 defconfig + MEMCG, THP, ZSMALLOC,
#    BALLOON_COMPACTION, HUGETLBFS, KSM, MIGRATION, COMPACTION.
# 2. Marks the slated members inside struct page (include/linux/mm_types.h)
#    __attribute__((deprecated)); nothing else changes.
# 3. Builds mm/ and fs/ once with -Wdeprecated-declarations
#    -Wno-error=deprecated-declarations -ftrack-macro-expansion=0 (the
#    oracle: every site the front end sees) and the plugin (allow entries
#    stripped, so detection is measured, not policy).
# 4. Compares them with bench/oracle-compare (site = file, line, member).
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
work=$(mkdir -p "${1:-oracle-work}" && cd "${1:-oracle-work}" && pwd)
kernel=${FC_KERNEL:-6.12}
src=$work/linux-source-$kernel
tarball=/usr/src/linux-source-$kernel.tar.xz
jobs=$(nproc)
cc=${FC_CC:-gcc}
plugin=${FC_PLUGIN:-$top/plugin/foliocheck.so}
[ -f "$plugin" ] && plugin=$(cd "$(dirname "$plugin")" && pwd)/$(basename "$plugin")

[ -f "$plugin" ] ||
	{ echo "oracle.sh: $plugin: no such plugin; build foliocheck first (./bootstrap)" >&2; exit 2; }
if [ ! -f "$tarball" ]; then
	apt-get install -y "linux-source-$kernel"
fi
if [ ! -d "$src" ]; then
	echo "oracle.sh: unpacking $tarball"
	tar -C "$work" -xf "$tarball"
fi

# The slated members, inside struct page only (struct folio has lru too).
members='lru|mapping|index|private|memcg_data|_mapcount|_refcount'
hdr=$src/include/linux/mm_types.h
if ! grep -q 'foliocheck-oracle' "$hdr"; then
	awk -v members="$members" '
		/^struct page \{/ { inpage = 1 }
		inpage && $0 ~ "^[ \t]+[a-z_ ]+[ *]+(" members ");" {
			sub(";", " __attribute__((deprecated)); /* foliocheck-oracle */")
		}
		inpage && /^\} _struct_page_alignment;/ { inpage = 0 }
		{ print }' "$hdr" > "$hdr.new"
	mv "$hdr.new" "$hdr"
fi
echo "oracle.sh: marked deprecated in struct page: $(grep -c foliocheck-oracle "$hdr") members"

cd "$src"
if [ ! -f .config ]; then
	make CC="$cc" defconfig >/dev/null
	./scripts/config -e MEMCG -e TRANSPARENT_HUGEPAGE -e ZSMALLOC -e ZSWAP \
		-e BALLOON_COMPACTION -e MEMORY_BALLOON -e VIRTIO_BALLOON \
		-e HUGETLBFS -e KSM -e MIGRATION -e COMPACTION
	[ "$kernel" = 6.12 ] || ./scripts/config -d WERROR
	make CC="$cc" olddefconfig >/dev/null
fi

grep -v '^allow ' "$top/kernel-annotations/linux-6.12.annot" > "$work/no-allow.annot"
flags="-Wdeprecated-declarations -Wno-error=deprecated-declarations -ftrack-macro-expansion=0"
flags="$flags -fplugin=$plugin -fplugin-arg-foliocheck-quiet"
flags="$flags -fplugin-arg-foliocheck-annotations=$work/no-allow.annot"
flags="$flags -fplugin-arg-foliocheck-checks=page-member"
echo "oracle.sh: building mm/ fs/ with $cc (log: $work/build.log)"
find mm fs -name '*.o' -delete
LANG=C LC_ALL=C make -j"$jobs" CC="$cc" KCFLAGS="$flags" mm/ fs/ > "$work/build.log" 2>&1
"$top/foliocheck-report" collect mm fs -o "$work/plugin.json"
status=0
"$top/bench/oracle-compare" "$work/build.log" "$work/plugin.json" "$src" --list \
	${FC_COMPLETE:+--complete} > "$work/comparison.txt" || status=$?
grep -Ev '^  (missed|extra) ' "$work/comparison.txt"
echo "oracle.sh: every site: $work/comparison.txt"
exit "$status"
