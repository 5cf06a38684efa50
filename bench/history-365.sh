#!/bin/sh
# bench/history-365.sh - a year of nights: how long history add and html take.
#
#   bench/history-365.sh REPORT [NIGHTS]     (default: 365 nights)
#
# REPORT is a whole-kernel report (foliocheck-kernel --targets 'vmlinux
# modules').  bench/gen-nights makes NIGHTS reports of it that burn down
# (each finding fixed on a night of its own, two new ones a night that stay
# a week); each is added to a new history with its date.  Then html renders
# the page from it three times: wall time (best of 3), instructions
# (callgrind) and peak memory (GNU time) of the render, which loads the
# index and writes the page.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
report=$1 nights=${2:-365}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tool=$top/foliocheck-report

mkdir "$work/nights"
"$top/bench/gen-nights" "$report" "$nights" "$work/nights"
start=$(date +%s.%N)
i=0
for f in "$work"/nights/night-*.json; do
	date=$(date -u -d "2025-01-01 + $i days" +%Y-%m-%d)
	"$tool" history add "$f" --dir "$work/hist" --date "$date" --label "$date" >/dev/null
	i=$((i + 1))
done
end=$(date +%s.%N)
echo "history add: $nights nights in $(echo "$end - $start" | bc) s"
echo "index: $(du -k "$work/hist/index.json" | cut -f1) KiB; reports: $(du -sk "$work/hist/reports" | cut -f1) KiB"
best=
for run in 1 2 3; do
	start=$(date +%s.%N)
	"$tool" html "$work/hist" -o "$work/page"
	t=$(echo "$(date +%s.%N) - $start" | bc)
	if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
done
echo "html: load and render, best of 3: $best s (page: $(du -k "$work/page/index.html" | cut -f1) KiB)"
valgrind --tool=callgrind --callgrind-out-file="$work/cg" \
	"$tool" html "$work/hist" -o "$work/page" >/dev/null 2>&1
echo "html: instructions: $(sed -n 's/^summary: //p' "$work/cg")"
/usr/bin/time -f %M -o "$work/rss" "$tool" html "$work/hist" -o "$work/page"
echo "html: peak memory: $(cat "$work/rss") KiB"
