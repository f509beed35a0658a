#!/bin/sh
# The queries the console sends, read from halo-mock's request log (--log): the exact query of
# filters over every parameter type (quoted strings, dates, id lists, booleans, order keys),
# and no ignored parameter (no "ignored" in a log line, which is also the X-Halo-Mock-Ignored
# header) for the console's own default views.
. "${top_srcdir:-.}/tests/ui/lib.sh"
work_home

on_fail() {
	grep '"/api/Tickets"' "$work/log" | sed 's/^/  /'
}

# run SCRIPT-LINES: one session against a fresh halo-mock, its requests then in $work/log.
run() {
	mock_start --port-file "$work/port" --tickets 300
	profile work >"$work/config/halotui/config"
	printf '%s\n' "$1" >"$work/script"
	if ! work_session script 24x80; then
		failed=$((failed + 1))
		echo "FAIL: halotui exited with an error"
		sed 's/^/  /' "$work/stderr"
	fi
	mock_stop
}

# sent QUERY: a GET /api/Tickets with exactly this query was sent (as the log decodes it, in
# JSON: a quote is \").
sent() {
	grep -F "\"path\":\"/api/Tickets\",\"query\":\"$1\"" "$work/log" >/dev/null
}

run ':list "My open"
:list Unassigned
:list "All open"
:list "SLA breached"'
paging='pageinate=true&page_size=50&page_no=1'
order='order=lastactiondate&orderdesc=true'
for q in "$paging&mine=true&open_only=true&$order" "$paging&agent_id=1&open_only=true&$order" \
	"$paging&open_only=true&$order" "$paging&includebreached=1&open_only=true&$order"; do
	sent "$q"
	check "a default view sends $q" $?
done
! grep '"/api/Tickets"' "$work/log" | grep -q '"ignored"'
check "halo-mock ignores no parameter of the default views" $?

run ':filter search="printer jam" status=1,2,3 startdate=2026-01-02T10:30:00+02:00 enddate=2026-02-01 open_only=yes datesearch=dateoccurred
:filter search_summary='"'"'say "hi" & 50%'"'"' agent=2,4 withattachments=true order=id orderdesc=false
:filter search_user_name="O\"Brien" lastupdatefromdate=2026-03-04 sla=1 includehold=0,1 category_1=2 order=status_id orderdesc=true order2=id'
sent "$paging&datesearch=dateoccurred&enddate=2026-02-01&open_only=true&$order&search=printer jam&startdate=2026-01-02T08:30:00Z&status=1,2,3"
check "a quoted string, dates (one made UTC), an id list and a boolean go out exactly" $?
sent "$paging&agent=2,4&order=id&search_summary=say \\\"hi\\\" & 50%&withattachments=true"
check "a single-quoted string with quotes, & and %, and an order key become the query and sort" $?
sent "$paging&category_1=2&includehold=0,1&lastupdatefromdate=2026-03-04&order=status_id&order2=id&orderdesc=true&search_user_name=O\\\"Brien&sla=1"
check "an escaped quote, int lists and two order keys go out exactly" $?
! grep '"/api/Tickets"' "$work/log" | grep -q '"ignored"'
check "halo-mock ignores none of these parameters" $?

# And the log does say it when a parameter is ignored (so the checks above can fail).
run ':filter advanced_search=x searchactions=true'
grep '"/api/Tickets"' "$work/log" | grep -q '"ignored":"advanced_search,searchactions"'
check "halo-mock logs the parameters it ignores" $?

summary
