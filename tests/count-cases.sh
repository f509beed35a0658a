#!/bin/sh
# tests/count-cases on made-up logs: counts of Check programs and script tests, a skipped
# test apart from the passed ones, and a test without a verdict (.trs) not counted.
set -u
count=$(cd "${top_srcdir:-.}" && pwd)/tests/count-cases
work=$(mktemp -d "${TMPDIR:-/tmp}/halotui-count.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
passed=0
failed=0

check() { # NAME EXPECTED ACTUAL
	if [ "$2" = "$3" ]; then
		passed=$((passed + 1))
		echo "PASS: $1"
	else
		failed=$((failed + 1))
		echo "FAIL: $1: expected '$2', got '$3'"
	fi
}

result() { # DIR NAME RESULT LOG-LINE
	mkdir -p "$work/$1/tests"
	printf ':test-result: %s\n' "$3" >"$work/$1/tests/$2.trs"
	printf '%s\n' "$4" >"$work/$1/tests/$2.log"
}

result all check_a PASS "100%: Checks: 4, Failures: 0, Errors: 0"
result all check_b FAIL "75%: Checks: 4, Failures: 1, Errors: 0"
result all run.sh PASS "cases: 3 passed, 0 failed"
result all plain PASS "no count"
result all skipped SKIP "nothing to run here"
check "Check counts, script counts, a plain pass and a skip" "11 passed, 1 failed, 1 skipped" \
	"$("$count" "$work/all")"

result noskip check_a PASS "100%: Checks: 2, Failures: 0, Errors: 0"
check "no skip: the line ends at failed" "2 passed, 0 failed" "$("$count" "$work/noskip")"

result stale check_a PASS "100%: Checks: 2, Failures: 0, Errors: 0"
printf '100%%: Checks: 9, Failures: 9, Errors: 0\n' >"$work/stale/tests/old.log"
check "a log without its .trs is not counted" "2 passed, 0 failed" "$("$count" "$work/stale")"

result crash check_c FAIL "Running suite(s): c"
check "a crash without a count fails once" "0 passed, 1 failed" "$("$count" "$work/crash")"

echo "cases: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
