#!/bin/sh
# Saved views as tabs against halo-mock: a view saved from the console survives a restart (its
# tab shows, its query goes out), rename and delete (asks y) rewrite the views file, each tab's
# count is a one-row page (page_size=1) whose number shows, view-count-interval holds a second
# count back, Halo's filter and column profiles (view_id, columns_id) back a view, rows changed
# on the server are marked new after a refresh with "N new" and the bell (bell-on-new: noted in
# the request log, and one BEL on a terminal), and a bad line of the views file is reported with
# its file and line.
. "${top_srcdir:-.}/tests/ui/lib.sh"
app=""
on_exit() {
	[ -n "$app" ] && kill "$app" 2>/dev/null
}
work_home
views=$XDG_CONFIG_HOME/halotui/views

on_fail() {
	for f in "$work"/shot* "$work/stderr" "$views"; do
		[ -f "$f" ] && head -n 3 "$f" | sed "s|^|  $(basename "$f"): |"
	done
}

# start_mock [CONFIG-LINE]: a fresh halo-mock and the profile "work" on it, the newest last
# action first.
start_mock() {
	mock_start
	{
		profile work
		printf 'set sort = lastactiondate:desc\n%s\n' "${1:-}"
	} >"$XDG_CONFIG_HOME/halotui/config"
}

stop_mock() {
	mock_stop
}

# session SCRIPT-LINES: one console session on the running halo-mock; screens in $work/shot*.
session() {
	rm -f "$work"/shot*
	printf '%s\n' "$1" >"$work/script"
	if ! work_session script 24x80 --log "$work/client.log"; then
		echo "  (halotui exited with an error)"
		return 1
	fi
}

# sent QUERY: a GET /api/Tickets with exactly this query was sent.
sent() {
	grep -F "\"path\":\"/api/Tickets\",\"query\":\"$1\"" "$work/log" >/dev/null
}

# counted: the one-row pages that counted the tabs.
counted() {
	grep -c '"query":"pageinate=true&page_size=1&page_no=1' "$work/log"
}

paging='pageinate=true&page_size=50&page_no=1'
order='order=lastactiondate&orderdesc=true'

# ---- a view saved from the console survives a restart ----
start_mock
session ':filter agent_id=1 open_only=true
:view-save "Unassigned open"
:dump-screen shot1'
grep -qx 'view "Unassigned open" agent_id=1 open_only=true order=lastactiondate orderdesc=true' "$views" &&
	grep -qx 'view "My open" mine=true open_only=true' "$views" &&
	grep -q '\[6 Unassigned open 164\]' "$work/shot1" &&
	grep -q 'view "Unassigned open" saved: tab 6' "$work/shot1"
check "view-save writes the list's query and sort, with the default views, to the views file" $?
[ -z "$(find "$XDG_CONFIG_HOME/halotui" -name 'views.*')" ]
check "the views file is written by a rename: no temporary file is left" $?
stop_mock
start_mock
session ':dump-screen shot1
6
:dump-screen shot2'
grep -q ' 6 Unass… 164$' "$work/shot1" &&
	grep -q '\[6 Unassigned open 164\]' "$work/shot2" &&
	grep -q '^ Unassigned open · .* · 164$' "$work/shot2" &&
	sent "$paging&agent_id=1&open_only=true&$order"
check "after a restart the saved view is tab 6, and 6 sends its query" $?
(cd "$work" && "$bin" list --view "Unassigned open" --profile work --format csv \
	>"$work/cli.out" 2>"$work/stderr") &&
	grep -q '"path":"/api/Tickets","query":"[^"]*agent_id=1&open_only=true&order=lastactiondate&orderdesc=true' "$work/log" &&
	[ "$(wc -l <"$work/cli.out")" -gt 1 ]
check "halotui list --view reads the views file" $?
stop_mock

# ---- counts: one one-row page per view, the number on the tab ----
for q in "mine=true&open_only=true" "agent_id=1&open_only=true" "open_only=true" \
	"includebreached=1&open_only=true" "agent_id=1&open_only=true&$order"; do
	sent "pageinate=true&page_size=1&page_no=1&$q"
	check "the tab of $q is counted by a one-row page" $?
done
[ "$(grep -c '"path":"/api/TicketApproval","query":"mine=true&' "$work/log")" -eq 1 ]
check "Waiting for me is counted by the approvals waiting for the agent" $?
start_mock "set view-count-interval = 3600"
session '2
:dump-screen shot1
r
:refresh
3
1
5
:dump-screen shot2'
# The title's count comes from the list's own page: the tab's one-row page agrees with it.
title=$(sed -n '2s/.* · \([0-9][0-9]*\)$/\1/p' "$work/shot1")
[ -n "$title" ] && grep -q "\[2 Unassig[^ ]* $title\]" "$work/shot1"
check "a tab shows its view's record_count (the list's own count agrees: $title)" $?
[ "$(counted)" -eq 5 ]
check "view-count-interval: refreshes and switches send no second count (5 views, 5 counts)" $?
grep -q 'Approvals waiting for me' "$work/shot2"
check "the Waiting for me tab (5) opens the my-approvals pane" $?
stop_mock
start_mock "set view-count-interval = 0"
session 'r
:dump-screen shot1'
[ "$(counted)" -eq 0 ] && ! grep -q '/api/TicketApproval' "$work/log"
check "view-count-interval = 0 counts nothing" $?
stop_mock

# ---- rename and delete ----
start_mock
session ': v i e w <Space> U n <Tab>
:dump-screen shot1
<Esc> : v i e w <Space> W <Tab>
:dump-screen shot2
<Enter>
:dump-screen shot3'
grep -q '^ Unassigned$' "$work/shot1" && grep -q '^ "Unassigned open"$' "$work/shot1" &&
	grep -q '^:view "Waiting for me"$' "$work/shot2" &&
	grep -q 'Approvals waiting for me' "$work/shot3"
check "Tab after view offers the views' names, quoted when they hold blanks" $?
session ':view-rename "Unassigned open" Triage
:view-delete "My open"
:dump-screen shot1
y
:dump-screen shot2'
grep -q 'delete view "My open"? y/Esc' "$work/shot1" &&
	grep -qx 'view "Triage" agent_id=1 open_only=true order=lastactiondate orderdesc=true' "$views" &&
	! grep -q 'Unassigned open\|My open' "$views" &&
	grep -q ' 5 Triage 164' "$work/shot2" && ! head -n 1 "$work/shot2" | grep -q 'My open' &&
	grep -q 'view "My open" deleted' "$work/shot2"
check "view-rename renames in the file and the tabs; view-delete asks y, then removes it" $?
! session ':view-delete nothing-here' && grep -q "no saved view called 'nothing-here'" "$work/stderr"
check "view-delete of a view that is not there says so" $?
session ':view-delete Triage
<Esc>
:view Triage
:dump-screen shot1'
grep -q 'view "Triage"' "$views" && grep -q '\[5 Triage ' "$work/shot1"
check "Esc keeps the view; view NAME alone shows it" $?
session ':filter agent_id=1
:view-save Triage
:dump-screen shot1'
total=$(sed -n '2s/.* · \([0-9][0-9]*\)$/\1/p' "$work/shot1")
grep -qx 'view "Triage" agent_id=1 order=lastactiondate orderdesc=true' "$views" &&
	grep -q 'view "Triage" saved again: tab 5' "$work/shot1" &&
	grep -q "\[5 Triage $total\]" "$work/shot1" &&
	sent "pageinate=true&page_size=1&page_no=1&agent_id=1&$order"
check "view-save of a view of the file replaces it, and its tab is counted again ($total)" $?
stop_mock

# ---- Halo's own filter profile backs a view ----
start_mock
session ':view "Mine in Halo" view_id=2
:view "Mine in Halo"
:dump-screen shot1
:view "My own" mine=true open_only=true
:view "My own"
:dump-screen shot2'
mine=$(sed -n '2s/.* · \([0-9][0-9]*\)$/\1/p' "$work/shot2")
sent "$paging&$order&view_id=2" && grep -q "^ Mine in Halo · .* · $mine\$" "$work/shot1" &&
	grep -q "\[[0-9] Mine in Halo $mine\]" "$work/shot1" &&
	sent "pageinate=true&page_size=1&page_no=1&view_id=2"
check "view \"Mine in Halo\" view_id=2 lists halo-mock's My open filter profile ($mine tickets), counted at once" $?
session ':view "Compact" columns_id=2 open_only=true
:view Compact
:dump-screen shot1'
sent "$paging&columns_id=2&open_only=true&$order" &&
	! grep '"/api/Tickets"' "$work/log" | grep -q '"ignored"' &&
	grep -q '^ Compact · .* · 1555$' "$work/shot1"
check "a view backed by the column profile columns_id=2 goes out whole (halo-mock ignores nothing)" $?
stop_mock

# ---- rows changed on the server are marked new after a refresh ----
# The session reads its script from a FIFO, so halo-mock's state can change between its lines:
# each line is fed only once the console is idle, and a dumped screen says it got there.
feed() { # LINE: to the running session
	printf '%s\n' "$1" >&4
}
wait_shot() { # NAME: until the session dumped it
	until [ -f "$work/$1" ]; do
		kill -0 "$app" 2>/dev/null || return 1
		sleep 0.1
	done
}
note() { # ID: a private note on ticket ID, as another agent would add it
	curl -s -o /dev/null -w '%{http_code}\n' -H "Authorization: Bearer $token" \
		-H 'Content-Type: application/json' \
		--data "[{\"ticket_id\":$1,\"outcome\":\"Private Note\",\"note\":\"seen elsewhere\"}]" \
		"http://127.0.0.1:$port/api/Actions"
}
rm -f "$views"
start_mock "set bell-on-new = yes"
mock_token
token=$tok
rm -f "$work"/shot* "$work/fifo" "$work/client.log"
mkfifo "$work/fifo"
(cd "$work" && exec "$bin" --headless --script fifo --size 24x80 --profile work \
	--log "$work/client.log" 2>"$work/stderr") &
app=$!
exec 4>"$work/fifo"
feed 3
feed ':dump-screen shot1'
wait_shot shot1
ids=$(sed -n '6,8p' "$work/shot1" | sed 's/^[^0-9]*\([0-9][0-9]*\) .*/\1/')
for t in $ids; do
	[ "$(note "$t")" = 201 ] || [ "$(note "$t")" = 200 ] || echo "  (the note on $t failed)"
done
feed r
feed ':dump-screen shot2'
wait_shot shot2
feed '<Enter>'
feed q
feed ':dump-screen shot3'
exec 4>&-
wait "$app"
rc=$?
app=""
marked=$(grep -c '✦[0-9]' "$work/shot2")
[ "$rc" -eq 0 ] && [ -n "$ids" ] && [ "$marked" -eq 3 ] && grep -q ' 3 new ' "$work/shot2" &&
	[ "$(grep -c '✦[0-9]' "$work/shot1")" -eq 0 ]
check "three tickets noted on the server are marked new after r, and the status bar says 3 new" $?
for t in $ids; do
	grep -q "✦$t " "$work/shot2" || echo "  (no mark on $t)"
done
top=$(sed -n '4p' "$work/shot2" | sed 's/^[^0-9]*\([0-9][0-9]*\) .*/\1/')
[ "$(grep -c '✦[0-9]' "$work/shot3")" -eq 2 ] && ! grep -q "✦$top " "$work/shot3"
check "opening a marked row clears its mark" $?
[ "$(grep -c 'bell: 3 new rows in view "All open"' "$work/client.log")" -eq 1 ]
check "bell-on-new rings once for the refresh (the request log notes it)" $?
stop_mock

# ---- the bell on a terminal: one BEL when new rows arrive ----
# On a pseudo-terminal (script(1)); keys go in once the console's request log shows what they
# wait for.
bells() {
	tr -dc '\007' <"$work/tty.out" | wc -c
}
pages_in() { # QUERY-PART: list pages (page_size=50) in the console's log that hold it
	grep -c "GET /api/Tickets?pageinate=true&page_size=50&page_no=1&$1.* 200 " "$work/tty.log" 2>/dev/null
}
wait_pages() { # QUERY-PART N
	n=0
	until [ "$(pages_in "$1")" -ge "$2" ]; do
		n=$((n + 1))
		[ $n -lt 200 ] && kill -0 "$app" 2>/dev/null || return 1
		sleep 0.1
	done
}
if command -v script >/dev/null 2>&1; then
	start_mock "set bell-on-new = yes"
	mock_token
	token=$tok
	rm -f "$work/tty.log" "$work/fifo" "$views"
	mkfifo "$work/fifo"
	script -qec "TERM=xterm '$bin' --profile work --log '$work/tty.log'" /dev/null \
		<"$work/fifo" >"$work/tty.out" 2>&1 &
	app=$!
	exec 4>"$work/fifo"
	wait_pages "order=" 1 && printf '3' >&4 && wait_pages "open_only=true" 1
	sleep 0.5
	before=$(bells)
	top=$(curl -s -H "Authorization: Bearer $token" \
		"http://127.0.0.1:$port/api/Tickets?open_only=true&order=lastactiondate&orderdesc=true&pageinate=true&page_size=3&page_no=1" |
		grep -o '"id":[0-9]*' | head -n 2 | tr -dc '0-9\n')
	for t in $top; do note "$t" >/dev/null; done
	printf 'r' >&4 && wait_pages "open_only=true" 2
	n=0
	until [ "$(bells)" -gt "$before" ] || [ $n -ge 50 ]; do
		n=$((n + 1))
		sleep 0.1
	done
	printf 'Q' >&4
	exec 4>&-
	wait "$app"
	rc=$?
	app=""
	[ "$rc" -eq 0 ] && [ -n "$top" ] && [ "$before" -eq 0 ] && [ "$(bells)" -eq 1 ]
	check "bell-on-new rings the terminal's bell once when new rows arrive ($before, then $(bells))" $?
	stop_mock
fi

# ---- a short view-count-interval counts again once it has passed ----
start_mock "set view-count-interval = 2"
rm -f "$work"/shot* "$work/fifo"
mkfifo "$work/fifo"
(cd "$work" && exec "$bin" --headless --script fifo --size 24x80 --profile work \
	2>"$work/stderr") &
app=$!
exec 4>"$work/fifo"
feed r
feed ':dump-screen shot1'
wait_shot shot1
early=$(counted)
sleep 2.5
feed r
feed ':dump-screen shot2'
exec 4>&-
wait "$app"
rc=$?
app=""
[ "$rc" -eq 0 ] && [ "$early" -eq 4 ] && [ "$(counted)" -eq 8 ]
check "view-count-interval = 2: one count round at once, the next after 2 s ($early, then $(counted))" $?
stop_mock

# ---- a bad line of the views file ----
printf 'view "Fine" open_only=true\nview "Broken" open_only=maybe\n' >"$views"
start_mock
session ':dump-screen shot2
:messages
:dump-screen shot1'
grep -q 'views:2: view "Broken":' "$work/shot1" && grep -q 'got "maybe"' "$work/shot1" &&
	grep -q '^ 1 Fine 1555$' "$work/shot2"
check "a bad line of the views file is reported with its file and line" $?
stop_mock

# ---- start-view: the console opens on a saved view, by number or name ----
rm -f "$views"
start_mock 'set start-view = 1'
session ':dump-screen shot1'
grep -q '^\[1 My open ' "$work/shot1" && sed -n 2p "$work/shot1" | grep -q '^ My open · ' &&
	! grep -q 'All tickets' "$work/shot1"
check "start-view = 1 opens the console on the first tab, My open" $?
stop_mock
start_mock 'set start-view = Unassigned'
session ':dump-screen shot1'
grep -q '\[2 Unassigned ' "$work/shot1" && sed -n 2p "$work/shot1" | grep -q '^ Unassigned · '
check "start-view = Unassigned opens the console on that view by its name" $?
stop_mock
start_mock 'set start-view = Nowhere'
session ':dump-screen shot1'
grep -q 'All tickets' "$work/shot1" &&
	tail -n 1 "$work/shot1" | grep -q "start-view: no saved view called 'Nowhere'"
check "start-view naming no view says so and shows All tickets" $?
stop_mock

summary
