#!/bin/sh
# bench/icecc-loopback.sh - foliocheck through real icecream daemons.
#
#   bench/icecc-loopback.sh OUTDIR [KERNEL-TARGETS]      (as root)
#
# Starts an icecream 1.4 scheduler and two daemons on loopback inside a
# network namespace of their own (iceccd -i lo binds twice outside one),
# one that only hands jobs out (--no-remote) and one that compiles them,
# and forces every compile to the second (icecream's test variables).
# Then, on the example tree (and, with KERNEL-TARGETS such as 'mm/', on
# Debian's linux-source-6.12 through foliocheck-kernel's default tree):
#
#   1. foliocheck-kernel without icecream: the local report;
#   2. foliocheck-kernel --icecc: how many units compiled remotely, and
#      a report that must be byte-identical to the local one;
#   3. --icecc with ICECC_REMOTE_CPP=0 (fully preprocessed input): the
#      report must count the units whose macros were gone.
#
# Exits 1 when a report differs or nothing compiled remotely.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
out=${1:?usage: bench/icecc-loopback.sh OUTDIR [KERNEL-TARGETS]}
targets=${2:-}
fk=$top/foliocheck-kernel
fr=$top/foliocheck-report

if [ -z "${FC_IN_NETNS:-}" ]; then
	[ "$(id -u)" -eq 0 ] || { echo "$0: run as root (namespaces, iceccd's chroot)" >&2; exit 2; }
	command -v iceccd >/dev/null || apt-get install -y icecc
	mkdir -p "$out"
	out=$(cd "$out" && pwd)
	exec env FC_IN_NETNS=1 unshare -n sh "$0" "$out" "$targets"
fi

ip link set lo up
ice=$out/ice
rm -rf "$ice"
mkdir -p "$ice/envs"
chmod 777 "$ice"		# the daemons run as user icecc
chown icecc "$ice/envs"
net=foliocheck$$
pids=
trap 'kill $pids 2>/dev/null || true' EXIT

icecc-scheduler -p 8767 -n $net -l "$ice/scheduler.log" -v &
pids="$pids $!"
daemon() {
	name=$1
	shift
	ICECC_TEST_SOCKET=$ice/socket-$name ICECC_SCHEDULER=:8767 ICECC_TESTS=1 \
	ICECC_TEST_SCHEDULER_PORTS=8767:8769 \
		iceccd -b "$ice/envs/$name" -l "$ice/$name.log" -n $net -N "$name" -m 2 -v "$@" &
	pids="$pids $!"
}
daemon client --no-remote
daemon farm -p 10246
for i in $(seq 1 30); do
	[ "$(cat "$ice/client.log" "$ice/farm.log" 2>/dev/null |
	     grep -c 'Connected to scheduler')" -ge 2 ] && break
	sleep 1
done
grep -q 'Cannot use chroot' "$ice/farm.log" &&
	{ echo "$0: iceccd cannot chroot here: no remote jobs" >&2; exit 2; }

# Every compile goes to the farm daemon, as it would to another host.
export ICECC_TEST_SOCKET=$ice/socket-client ICECC_TEST_REMOTEBUILD=1 \
	ICECC_PREFERRED_HOST=farm
status=0

# run NAME SRC-OPTIONS...: the three builds of one tree.
run() {
	name=$1
	shift
	rm -rf "$out/$name-local" "$out/$name-icecc" "$out/$name-cpp"
	echo "== $name: local build"
	"$fk" "$@" --build "$out/$name-local" --out "$out/$name-local.json"
	echo "== $name: through icecream"
	"$fk" --icecc "$@" --build "$out/$name-icecc" --out "$out/$name-icecc.json" \
		2>&1 | tee "$out/$name-icecc.out"
	remote=$(sed -n 's/.*collect: \([0-9]*\) of \([0-9]*\) units compiled remotely.*/\1 \2/p' \
		 "$out/$name-icecc.out")
	echo "== $name: units compiled remotely: ${remote% *} of ${remote#* }"
	if [ "${remote% *}" -eq 0 ]; then
		echo "FAIL $name: no unit compiled remotely"
		status=1
	fi
	if cmp -s "$out/$name-local.json" "$out/$name-icecc.json"; then
		echo "PASS $name: the icecream report is byte-identical to the local one"
	else
		echo "FAIL $name: the reports differ"
		status=1
	fi
	echo "== $name: icecream with fully preprocessed input (ICECC_REMOTE_CPP=0)"
	ICECC_REMOTE_CPP=0 "$fk" --icecc "$@" --build "$out/$name-cpp" \
		--out "$out/$name-cpp.json"
	pre=$("$fr" summary --json "$out/$name-cpp.json" | sed -n 's/.*"preprocessed_units": *\([0-9]*\).*/\1/p')
	"$fr" diff "$out/$name-local.json" "$out/$name-cpp.json" | head -5 || true
	if [ "${pre:-0}" -gt 0 ]; then
		echo "PASS $name: $pre units recorded as compiled from preprocessed input"
	else
		echo "FAIL $name: preprocessed input not recorded"
		status=1
	fi
}

run example --src "$top/example" --targets 'mm/ fs/ drivers/'
[ -z "$targets" ] || run kernel --targets "$targets"
exit $status
