#!/bin/sh
# bench/gate-zsmalloc.sh - the pre-merge gate on real code: Linux 6.12's
# mm/zsmalloc.c, built by kbuild with CONFIG_WERROR=y.
#
#   bench/gate-zsmalloc.sh KERNEL_SRC [WORKDIR]
#
# KERNEL_SRC is a 6.12 tree (left untouched: the script works in a copy
# made of hard links, mm/zsmalloc.c a real copy of its own).  x86-64
# defconfig with ZSWAP, ZSMALLOC and WERROR; then:
#   1. mm/zsmalloc.o with the plugin: its report, made the baseline list;
#   2. the unchanged file with the baseline: must pass;
#   3. ten blank lines added at the top: must pass;
#   4. one added read of page->index in reset_page(): must fail, with
#      exactly one error, at that line.
# Exits 0 when all four hold.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
src=$(cd "$1" && pwd)
work=$(mkdir -p "${2:-gate-zsmalloc}" && cd "${2:-gate-zsmalloc}" && pwd)
plugin=${FC_PLUGIN:-$top/plugin/foliocheck.so}
file=mm/zsmalloc.c

rm -rf "$work/src" "$work/build"
cp -al "$src" "$work/src"
rm "$work/src/$file"
cp "$src/$file" "$work/src/$file"
make -s -C "$work/src" O="$work/build" defconfig >/dev/null
"$work/src/scripts/config" --file "$work/build/.config" -e ZSWAP -e ZSMALLOC -e WERROR
make -s -C "$work/src" O="$work/build" olddefconfig >/dev/null
grep -q '^CONFIG_WERROR=y' "$work/build/.config"
echo "gate-zsmalloc: make prepare"
make -s -C "$work/src" O="$work/build" -j"$(nproc)" prepare >/dev/null 2>&1

plugin_args="-fplugin=$plugin -fplugin-arg-foliocheck-root=$work/src"
# build WHAT KCFLAGS: mm/zsmalloc.o rebuilt; its output in $work/WHAT.log
build() {
	touch "$work/src/$file"
	status=0
	make -C "$work/src" O="$work/build" KCFLAGS="$2" mm/zsmalloc.o \
		> "$work/$1.log" 2>&1 || status=$?
	errors=$(grep -c ': error: ' "$work/$1.log" || true)
	echo "gate-zsmalloc: $1: exit $status, $errors error(s)"
}

build report "$plugin_args -fplugin-arg-foliocheck-quiet -fplugin-arg-foliocheck-report=$work/zsmalloc.json"
"$top/foliocheck-report" baseline "$work/zsmalloc.json" -o "$work/zsmalloc.fp"
old=$(grep -c '"fingerprint"' "$work/zsmalloc.json")
echo "gate-zsmalloc: baseline: $old findings, $(grep -o '"member": "index"' "$work/zsmalloc.json" | wc -l) of them page->index"
gate="$plugin_args -fplugin-arg-foliocheck-baseline=$work/zsmalloc.fp"

build unchanged "$gate"
[ "$status" = 0 ] && [ "$errors" = 0 ] || { echo "gate-zsmalloc: the unchanged file must pass"; exit 1; }

sed -i '1{h;s/.*//;p;p;p;p;p;p;p;p;p;p;g}' "$work/src/$file"
build shifted "$gate"
[ "$status" = 0 ] && [ "$errors" = 0 ] || { echo "gate-zsmalloc: ten lines above must pass"; exit 1; }

line=$(grep -n '^static void reset_page(struct page \*page)$' "$work/src/$file" | cut -d: -f1)
line=$((line + 2))
sed -i "${line}i\\	pr_debug(\"zsmalloc: reset page %lu\\\\n\", page->index);" "$work/src/$file"
build added "$gate"
grep ': error: ' "$work/added.log" || true
[ "$status" != 0 ] && [ "$errors" = 1 ] &&
	grep -q "$file:$line:[0-9]*: error: direct read of 'struct page' member 'index'" "$work/added.log" ||
	{ echo "gate-zsmalloc: the added read must fail, once, at line $line"; exit 1; }
echo "gate-zsmalloc: ok: the added read fails at $file:$line, the $old old findings stay silent"
