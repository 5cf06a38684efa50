#!/bin/bash
# bench/sample-findings.sh - a reproducible random sample of new findings,
# to be judged by reading the code.
#
#   bench/sample-findings.sh OLD NEW [N] [SEED] [RULE]
#
# Picks N (default 30) findings of RULE (default nonfolio-conversion) that
# are in the build report NEW and not in OLD (by fingerprint, as
# "foliocheck-report diff" matches them), in an order fixed by SEED
# (default 1), and prints one numbered block per finding: where, the
# message, and where the page comes from.  Needs jq.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
command -v jq >/dev/null || { echo "$0: needs jq (apt-get install jq)" >&2; exit 2; }
[ $# -ge 2 ] || { echo "usage: $0 OLD NEW [N] [SEED] [RULE]" >&2; exit 2; }
n=${3:-30} seed=${4:-1} rule=${5:-nonfolio-conversion}
"$top/foliocheck-report" diff --json "$1" "$2" |
	jq -r --arg rule "$rule" '.new[] | select(.rule == $rule) |
		"\(.file):\(.line): \(.function): \(.message)\u001e   page: \(.source.what) at \(.source.file):\(.source.line)" +
		(if .origin then ", from \(.origin.what) at \(.origin.file):\(.origin.line)" else "" end)' |
	sort | shuf --random-source=<(yes "$seed") -n "$n" |
	awk '{ gsub(/\036/, "\n"); printf "%d. %s\n\n", NR, $0 }'
