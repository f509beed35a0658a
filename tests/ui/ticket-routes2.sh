#!/bin/sh
# More ticket routes driven from the console against halo-mock: the raw pane searched and
# copied, approval and closure records, forecasts and the whole-ticket save. Each asserts the
# request halo-mock logged and the state it saved on exit (--state).
. "${top_srcdir:-.}/tests/ui/lib.sh"
TZ=UTC
export TZ
work_home

on_fail() { # NAME
	saved_on_fail "$1"
}

# run NAME SCRIPT-LINES: one session against a fresh halo-mock whose state is saved to
# $work/state.json on exit; the screen at the end is in $work/NAME.screen.
run() {
	saved_session "$@"
}

row() { # ID
	saved_row "$1"
}

run raw-search ':raw zapier
/ a g e n t _ n a m e <Enter>
:dump-screen found.screen
n
:dump-screen next.screen
:bind raw y copy-raw
y'
grep -q '"method":"GET","path":"/api/Tickets/zapier".*"status":200' "$work/log" &&
	head -n 1 "$work/found.screen" | grep -q '"agent_name": "Yusuf Dubois"' &&
	grep -q '10 matching lines . raw 6%' "$work/found.screen" &&
	grep -q '10 matching lines . raw 16%' "$work/next.screen" &&
	grep -q 'copied the zapier JSON: [0-9]* lines, [0-9]* bytes' "$work/raw-search.screen"
check "raw zapier is searched with / and n, and copy-raw (bound to y there) copies its JSON" $?

run approval-record ':ticket 1008
a
:approval-add hiroshi check the quote first
<Enter>
:dump-screen record.screen
<Enter>'
grep -q '"method":"GET","path":"/api/TicketApproval/1008","query":"includedetails=true","status":200' "$work/log" &&
	grep -q '#1008 — approval step 1' "$work/record.screen" &&
	grep -q '^ result: *0 (pending)' "$work/record.screen" &&
	grep -q '^ agent_id: *7 (Hiroshi Takahashi)' "$work/record.screen" &&
	grep -q '^ note: *check the quote first' "$work/record.screen" &&
	grep -q '^ total_count: *1' "$work/record.screen" &&
	tail -n 1 "$work/approval-record.screen" | grep -q ' detail [0-9]*%$'
check "Enter on an approval step opens its record (GET /TicketApproval/{id}), Enter there its ticket" $?

# Halo picks the step GET /TicketApproval/{id} answers (the id is the ticket's): when it is
# not the one under the cursor, the record says so.
run approval-other-step ':ticket 1008
a
:approval-add hiroshi first
:approval-add hiroshi second
j
<Enter>'
grep -q '#1008 — approval step 1' "$work/approval-other-step.screen" &&
	grep -q 'Halo answered with step 1, not step 2: GET /TicketApproval/{id} names the ticket' \
		"$work/approval-other-step.screen" &&
	grep -q '^ note: *first' "$work/approval-other-step.screen"
check "a record of another step than the one under the cursor says so" $?

run my-approval-record ':set sort = lastactiondate
A
<Enter>
:dump-screen record.screen'
id=$(sed -n 's/^ #\([0-9]*\) — approval step [0-9]*$/\1/p' "$work/record.screen")
[ -n "$id" ] &&
	grep -q "\"method\":\"GET\",\"path\":\"/api/TicketApproval/$id\",\"query\":\"includedetails=true\",\"status\":200" "$work/log" &&
	grep -q "^ ticket_id: *$id\$" "$work/record.screen" &&
	grep -q '^ result: *0 (pending)' "$work/record.screen"
check "Enter in my-approvals opens the approval's record" $?

run closure-record ':ticket 1008
:closures
:closure-add Fixed by the new toner, please confirm
<Enter>'
grep -q '"method":"GET","path":"/api/ConfirmClosure/[0-9]*","query":"","status":200' "$work/log" &&
	grep -q '#1008 — closure confirmation [0-9]' "$work/closure-record.screen" &&
	grep -q '^ comment: *Fixed by the new toner, please confirm' "$work/closure-record.screen" &&
	grep -q '^ ticket_id: *1008' "$work/closure-record.screen"
check "Enter in the closures pane opens the closure confirmation's record" $?

# f shows the ticket's forecast; forecast-add's form takes an agent from the picker, today's
# date and the hours; e in the pane changes the entry under the cursor.
today=$(date -u +%Y-%m-%d)
run forecast ":ticket 1008
f
:dump-screen empty.screen
:forecast-add
<Enter> h i r o <Enter> <Tab> <Tab> 2 . 5 <Enter>
:dump-screen form.screen
<C-s>
:dump-screen added.screen
e
<Tab> <Tab> <Enter> <BS> <BS> <BS> 4 <Enter> <C-s>"
grep -F '"method":"POST","path":"/api/FaultsForecasting"' "$work/log" |
	grep -F '"body":"[{\"agent_id\":7,\"ticket_id\":1008,\"date\":\"'"$today"'T00:00:00Z\",\"hours\":2.5}]"' |
	grep -q '"status":200' &&
	grep -qF '"body":"[{\"id\":1,\"agent_id\":7,\"ticket_id\":1008,\"date\":\"'"$today"'T00:00:00Z\",\"hours\":4.0}]"' "$work/log" &&
	[ "$(grep -c '"method":"GET","path":"/api/FaultsForecasting/1008"' "$work/log")" -eq 3 ] &&
	grep -q 'No forecast hours' "$work/empty.screen" &&
	grep -q '> Hours 2.5' "$work/form.screen" &&
	grep -q 'Total: 2.5 h in 1 entry' "$work/added.screen" &&
	grep -q "$today *2.5 h  Hiroshi Takahashi  #1" "$work/added.screen" &&
	grep -q "$today *4 h  Hiroshi Takahashi  #1" "$work/forecast.screen" &&
	tr -d '\n' <"$work/state.json" | grep -q '"forecasts":\[{"id":1,"agent_id":7,"ticket_id":1008,"date":"'"$today"'T00:00:00Z","hours":4[.0]*}\]'
check "forecast-add sends an agent's hours on a date, e changes them, and the pane reads them back" $?

run forecast-bad-hours ':ticket 1008
f
:forecast-add
<Tab> <Tab> t w o <Enter>
:dump-screen refused.screen
<Esc> y'
! grep -q '/api/FaultsForecasting"' "$work/log" && grep -q '"two" is not a number of hours' "$work/refused.screen"
check "forecast-add refuses hours that are not a number, and sends nothing" $?

# save-object sends the ticket whole, as the console holds it; the edit form's "Send whole"
# sends its fields that way too, the edited ones with the rest.
run save-object ':ticket 1008
:save-object'
grep -F '"method":"POST","path":"/api/Tickets/Object"' "$work/log" | grep -F '\"id\":1008' |
	grep -F '\"summary\":\"' | grep -F '\"status_id\":' | grep -q '"status":200' &&
	[ "$(grep -c '"method":"GET","path":"/api/Tickets/1008"' "$work/log")" -eq 2 ] &&
	grep -q '#1008: sent whole' "$work/save-object.screen"
check "save-object sends the selected ticket whole (POST /Tickets/Object) and reads it again" $?

run edit-whole ':ticket 1008
e
<Enter> <Space> v 2 <Enter> <Tab> <Tab> <Tab> <Tab> <Tab> <Tab> <Tab> <Tab> <Tab> <Tab> <Tab> <Space>
:dump-screen form.screen
<C-s>'
grep -F '"method":"POST","path":"/api/Tickets/Object"' "$work/log" | grep -F '\"id\":1008' |
	grep -F ' v2\"' | grep -F '\"agent_id\":' | grep -q '"status":200' &&
	! grep -q '"method":"POST","path":"/api/Tickets",' "$work/log" &&
	grep -q 'Send whole  yes' "$work/form.screen" &&
	row 1008 | grep -q '"summary":"[^"]* v2"'
check "the edit form's Send whole sends the edited ticket as one object, and halo-mock keeps it" $?

# Inside tmux the copy goes through tmux's buffer, which can be read back: the whole answer,
# pretty-printed, line for line as the pane shows it; a short one (a ticket's view log) on
# tmux's command line, a long one (zapier, longer than tmux takes there) on its standard input.
if command -v tmux >/dev/null 2>&1; then
	sock=$work/tmux.sock
	tmux -S "$sock" -f /dev/null new-session -d -x 80 -y 24 "sleep 600"
	TMUX="$sock,$(tmux -S "$sock" display-message -p '#{pid}'),0"
	export TMUX
	run raw-copy ':ticket 1008
:viewlog
:copy-raw'
	tmux -S "$sock" show-buffer >"$work/copied"
	lines=$(sed -n 's/.*copied the view log JSON to the tmux buffer and clipboard: \([0-9]*\) lines.*/\1/p' \
		"$work/raw-copy.screen")
	[ -n "$lines" ] && [ "$(head -n 1 "$work/copied")" = "[" ] &&
		[ "$(($(wc -l <"$work/copied") + 1))" -eq "$lines" ] &&
		grep -q '^    "ticket_id": 1008,$' "$work/copied"
	check "copy-raw inside tmux puts the pane's whole JSON in tmux's buffer" $?
	run raw-copy-long ':raw zapier
:copy-raw'
	unset TMUX
	tmux -S "$sock" show-buffer >"$work/copied"
	tmux -S "$sock" kill-server
	lines=$(sed -n 's/.*copied the zapier JSON to the tmux buffer and clipboard: \([0-9]*\) lines.*/\1/p' \
		"$work/raw-copy-long.screen")
	[ -n "$lines" ] && [ "$(wc -c <"$work/copied")" -gt 8000 ] &&
		[ "$(($(wc -l <"$work/copied") + 1))" -eq "$lines" ] &&
		grep -q '^    "agent_name": "Yusuf Dubois",$' "$work/copied"
	check "copy-raw of a long answer inside tmux goes whole through tmux's standard input" $?
else
	echo "SKIP: tmux not found: the copy's text cannot be read back"
fi

# Every step of the approvals pane takes the cursor, which starts on the first waiting one:
# Enter opens a decided step's record too, and approve on it is refused in a sentence.
run approval-decided ':ticket 1149
a
:dump-screen start.screen
+
<Esc>
k
+
:dump-screen refused.screen
<Enter>'
grep -q '^ Step 1: .*\[rejected\]' "$work/start.screen" &&
	grep -q '^ Step 2: .*\[pending\]' "$work/start.screen" &&
	grep -q '#1149 step 1 is already rejected' "$work/refused.screen" &&
	! grep -q '"method":"POST","path":"/api/TicketApproval"' "$work/log" &&
	[ "$(grep -c '"method":"GET","path":"/api/TicketApproval/1149"' "$work/log")" -eq 1 ] &&
	grep -q '#1149 — approval step' "$work/approval-decided.screen" &&
	grep -q 'not step 1: GET /TicketApproval/{id} names the ticket' "$work/approval-decided.screen"
check "Enter opens a decided approval step's record; approve on it is refused with a sentence" $?

summary
