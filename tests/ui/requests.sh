#!/bin/sh
# Requests counted from halo-mock's request log (--log) while the real binary runs scripted
# sessions against it: what a start costs with and without cached lookups, and what a refresh
# costs. Each run has its own halo-mock, stopped before its log is read, so every line is in.
set -u
bin=$(cd "${top_builddir:-.}" && pwd)/src/halotui
mock=$(cd "${top_builddir:-.}" && pwd)/src/halo-mock
work=$(mktemp -d "${TMPDIR:-/tmp}/halotui-requests.XXXXXX")
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT INT TERM
passed=0
failed=0
HALOTUI_CLIENT_SECRET=0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a-a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d
export HALOTUI_CLIENT_SECRET
XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache
export XDG_CONFIG_HOME XDG_CACHE_HOME
cache=$work/cache/halotui/work
lookups='/api/(Status|Priority|Agent|Team|TicketType|Agent/me|Outcome)"'

check() { # NAME CONDITION-RESULT
	if [ "$2" -eq 0 ]; then
		passed=$((passed + 1))
		echo "PASS: $1"
	else
		failed=$((failed + 1))
		echo "FAIL: $1"
		sed 's/^/  /' "$work/log"
	fi
}

# run NAME SCRIPT-LINES [CONFIG-LINES]: one session against a fresh halo-mock; its requests
# are then in $work/log, its screen in $work/NAME.
run() {
	: >"$work/out"
	rm -f "$work/log"
	"$mock" --listen 127.0.0.1:0 --port-file "$work/port" --tickets 300 --log "$work/log" \
		>"$work/out" 2>"$work/err" &
	pid=$!
	while kill -0 "$pid" 2>/dev/null && ! grep -q '^listening on' "$work/out"; do
		sleep 0.1
	done
	port=$(sed -n 's|^listening on http://127.0.0.1:\([0-9][0-9]*\)$|\1|p' "$work/out")
	mkdir -p "$work/config/halotui"
	printf 'set log-file = %s\n%s\nprofile work\nset url = http://127.0.0.1:%s\nset client_id = 5f1d2c3e-8a4b-4c6d-9e0f-1a2b3c4d5e6f\n' \
		"$work/client.log" "${3:-}" "$port" >"$work/config/halotui/config"
	printf '%s\n:dump-screen %s\n' "$2" "$1" >"$work/script"
	if ! (cd "$work" && "$bin" --headless --script script --size 24x80 --profile work \
		2>"$work/stderr"); then
		failed=$((failed + 1))
		echo "FAIL: $1: halotui exited with an error"
		sed 's/^/  /' "$work/stderr"
	fi
	kill -TERM "$pid"
	wait "$pid"
	pid=""
}

count() { # PATTERN: requests in the last run's log matching the extended regex
	grep -cE "$1" "$work/log"
}

# The list's own pages: GET /Tickets but not the one-row pages that count the view tabs.
pages() {
	grep '/api/Tickets"' "$work/log" | grep -vc 'page_size=1&'
}

# The counts of the view tabs: a one-row page per ticket view, the approvals waiting for me.
counts() {
	echo $(($(count '"query":"pageinate=true&page_size=1&page_no=1') + $(count '/api/TicketApproval"')))
}

# The line number of the first request matching PATTERN (0: none).
first() {
	grep -nE "$1" "$work/log" | head -n 1 | cut -d: -f1 | grep . || echo 0
}

run first ""
[ "$(count "$lookups")" -eq 7 ] && [ -f "$cache/statuses.json" ] &&
	grep -q '"outcome":"Private Note"' "$cache/outcomes.json" &&
	[ "$(stat -c %a "$cache/statuses.json")" = 600 ] && [ "$(stat -c %a "$cache")" = 700 ] &&
	[ -z "$(find "$cache" -name '*.tmp')" ]
check "a start with no cache fetches the lookups (outcomes too) and caches them (0600 files, 0700 folder)" $?

run second ""
[ "$(count .)" -eq 8 ] && [ "$(count '/api/authinfo"')" -eq 1 ] &&
	[ "$(count '/auth/token"')" -eq 1 ] && [ "$(count 'page_size=50&page_no=1')" -eq 1 ] &&
	[ "$(pages)" -eq 1 ] && [ "$(counts)" -eq 5 ] &&
	[ "$(count "$lookups")" -eq 0 ] && cmp -s "$work/first" "$work/second"
check "a second start sends authinfo, token, page 1 and one count per view tab (5), and shows the same names" $?

run stale "" "set lookup-max-age = 0"
page=$(first '/api/Tickets"')
lookup=$(first "$lookups")
[ "$(count "$lookups")" -eq 7 ] && [ "$page" -gt 0 ] && [ "$lookup" -gt "$page" ] &&
	cmp -s "$work/first" "$work/stale"
check "with lookup-max-age = 0 the cached names show and are fetched again after page 1" $?

printf '{"statuses": [' >"$cache/statuses.json"
run corrupt ""
# Only the corrupt list is fetched; it goes out with page 1 (which of the two halo-mock logs
# first depends on which finishes first, so the order is not checked).
status=$(first '/api/Status"')
[ "$(count "$lookups")" -eq 1 ] && [ "$status" -gt 0 ] &&
	[ "$(grep -c 'statuses.json: corrupt' "$work/client.log")" -eq 1 ] &&
	head -c 1 "$cache/statuses.json" | grep -q '\[' && cmp -s "$work/first" "$work/corrupt"
check "a corrupt cache file is reported once to the log, fetched again and replaced" $?

run refreshed "r"
[ "$(pages)" -eq 2 ] && [ "$(count "$lookups")" -eq 7 ] && [ "$(counts)" -eq 5 ]
check "r on the list asks for the page on screen once and fetches the lookups again" $?

run three-refreshes ":refresh
:refresh
:refresh"
[ "$(pages)" -eq 4 ] && [ "$(count '&page_no=2')" -eq 0 ] && [ "$(counts)" -eq 5 ]
check "each refresh of an 80x24 list sends one request: no prefetch, and no count before view-count-interval" $?

echo "requests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
