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
if [ $rc -ne 0 ]; then
	# the whole sanitizer report, so the failing stack is in the CI log
	sed -n '/==ERROR\|^SUMMARY\|^MS:\|^Base64/,$p' "$work.out" | head -n 80
else
	tail -n 4 "$work.out"
fi
rm -f "$work.out"
rm -rf "$work"
exit $rc
