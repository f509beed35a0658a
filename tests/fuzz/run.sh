#!/bin/sh
# Runs one libFuzzer harness on its corpus for a bounded time; exits non-zero on a crash.
# usage: run.sh HARNESS CORPUS-DIR SECONDS
set -u
harness=$1 corpus=$2 seconds=$3
work=$(mktemp -d)
[ -d "$corpus" ] && cp -r "$corpus"/. "$work"/ 2>/dev/null
"$harness" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
	-artifact_prefix="$work/" "$work" >"$work.out" 2>&1
rc=$?
tail -n 12 "$work.out"
rm -f "$work.out"
rm -rf "$work"
exit $rc
