#!/bin/sh
# Requests counted from halo-mock's request log (--log) while the real binary runs scripted
# sessions against it: what a start costs with and without cached lookups, and what a refresh
# costs. Each run has its own halo-mock, stopped before its log is read, so every line is in.
. "${top_srcdir:-.}/tests/ui/lib.sh"
work_home
cache=$work/cache/halotui/work
lookups='/api/(Status|Priority|Agent|Team|TicketType|Agent/me|Outcome)"'

on_fail() {
	sed 's/^/  /' "$work/log"
}

# run NAME SCRIPT-LINES [CONFIG-LINES]: one session against a fresh halo-mock; its requests
# are then in $work/log, its screen in $work/NAME.
run() {
	mock_start --port-file "$work/port" --tickets 300
	{
		printf 'set log-file = %s\n%s\n' "$work/client.log" "${3:-}"
		profile work
	} >"$work/config/halotui/config"
	printf '%s\n:dump-screen %s\n' "$2" "$1" >"$work/script"
	if ! work_session script 24x80; then
		failed=$((failed + 1))
		echo "FAIL: $1: halotui exited with an error"
		sed 's/^/  /' "$work/stderr"
	fi
	mock_stop
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
	[ -z "$(find "$cache" -type f ! -name '*.json' ! -name authinfo)" ]
check "a start with no cache fetches the lookups (outcomes too) and caches them (0600 files, 0700 folder, beside the kept authinfo)" $?

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

summary
