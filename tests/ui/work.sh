#!/bin/sh
# Working tickets from the console against halo-mock: approve, reject (and reject without a
# note refused), my-approvals waiting and all, todo-add/done/edit, todo-delete's answer and
# mark-viewed. Each session has its own halo-mock; the emulator's state is read back over
# HTTP after the session, and the exact bodies sent from its request log (--log), read once
# the emulator has stopped so every line is in.
. "${top_srcdir:-.}/tests/ui/lib.sh"

on_fail() {
	[ -f "$work/log" ] && sed 's/^/  log: /' "$work/log" | grep -v '"GET"' | head -20
}

start_mock() {
	mock_start "$@"
	mock_token
}

stop_mock() {
	mock_stop
}

# run NAME SCRIPT [CONFIG-LINE]: one session of profile "work" on the running emulator; its
# screens are dumped in $work/NAME/.
run() {
	# The rows these cases name (1828 second, unread) are those of the oldest last action
	# first.
	home_session "$1" 24x100 "$2" "set sort = lastactiondate" "${3:-}"
}

writes() { # PATH: the bodies POSTed to PATH, one a line, from the stopped emulator's log
	posted "$1"
}

# --- approve, in my approvals ---
start_mock
run approve 'A
:dump-screen before
:approve fine by me
:dump-screen after'
rc=$?
state=$(api '/TicketApproval?ticket_id=1149')
stop_mock
d=$work/approve
[ $rc -eq 0 ] && [ "$(writes /api/TicketApproval)" = \
	'[{"ticket_id":1149,"seq":2,"result":1,"approver_note":"fine by me"}]' ]
check "approve posts the selected approval with result 1 and the note" $?
echo "$state" | grep -q '"seq":2,[^}]*"result":1,[^}]*"approver_note":"fine by me"'
check "the emulator holds the approval approved, with its note" $?
head -n 4 "$d/before" | grep -q '#1149' && ! head -n 4 "$d/after" | grep -q '#1149' &&
	bottom "$d/before" | grep -q 'my-approvals: 74 waiting *$' &&
	bottom "$d/after" | grep -q 'my-approvals: 73 waiting *$'
check "my approvals lists waiting ones with a count, and the decided one leaves" $?

# --- approve from the ticket's approvals pane, by key, without a note ---
start_mock
run approve-key ':ticket 1149
a
+
:dump-screen prompt
<Enter>
:dump-screen after'
rc=$?
stop_mock
d=$work/approve-key
[ $rc -eq 0 ] && [ "$(tail -n 1 "$d/prompt" | sed 's/ *$//')" = ':approve' ] &&
	[ "$(writes /api/TicketApproval)" = '[{"ticket_id":1149,"seq":2,"result":1}]' ] &&
	grep -q 'Step 2: Finance  \[approved\]' "$d/after"
check "+ in a ticket's approvals pane asks for the note on the first waiting step; none is sent without one" $?

# --- reject: refused without a note, sent with one ---
start_mock
run reject 'A
: r e j e c t <Enter>
:dump-screen refused
:reject not in this budget
:dump-screen rejected'
rc=$?
state=$(api '/TicketApproval?ticket_id=1149')
stop_mock
d=$work/reject
[ $rc -eq 0 ] && bottom "$d/refused" | grep -q 'reject needs a note saying why' &&
	bottom "$d/refused" | grep -q 'my-approvals: 74 waiting *$'
check "reject without a note is refused on the status line, nothing decided" $?
[ "$(writes /api/TicketApproval)" = \
	'[{"ticket_id":1149,"seq":2,"result":2,"approver_note":"not in this budget"}]' ]
check "reject NOTE posts result 2 with the note, once" $?
echo "$state" | grep -q '"seq":2,[^}]*"result":2,[^}]*"approver_note":"not in this budget"'
check "the emulator holds the approval rejected" $?

# --- my-approvals all ---
start_mock
run all ':my-approvals all
:dump-screen all
:my-approvals
:dump-screen waiting'
rc=$?
stop_mock
d=$work/all
[ $rc -eq 0 ] && bottom "$d/all" | grep -q 'my-approvals: 74 waiting, 192 in all *$' &&
	bottom "$d/waiting" | grep -q 'my-approvals: 74 waiting *$' &&
	grep -q '"path":"/api/TicketApproval","query":"mine=true' "$work/log" &&
	grep '"path":"/api/TicketApproval"' "$work/log" | grep -vq 'mine=true'
check "my-approvals all lists every one of mine (asked without mine=true), then waiting only" $?

# --- to-dos ---
start_mock
run todos ':ticket 2245
t
:todo-add Call the user back
:dump-screen added
x
:dump-screen done
:todo-edit Call the user'"'"'s manager back #2
:dump-screen edited
:todo-delete
:dump-screen no-delete'
rc=$?
state=$(api '/ToDo?ticket_id=2245')
stop_mock
d=$work/todos
new=$(echo "$state" | sed -n 's/.*"id":\([0-9]*\).*/\1/p')
bodies=$(writes /api/ToDo)
[ $rc -eq 0 ] && [ -n "$new" ] && [ "$bodies" = "[{\"ticket_id\":2245,\"text\":\"Call the user back\"}]
[{\"id\":$new,\"ticket_id\":2245,\"done\":true}]
[{\"id\":$new,\"ticket_id\":2245,\"text\":\"Call the user's manager back #2\"}]" ]
check "todo-add, todo-done and todo-edit post exactly these bodies" $?
echo "$state" | grep -q '"text":"Call the user'"'"'s manager back #2"' && echo "$state" | grep -q '"done":true'
check "the emulator holds the to-do, done, with its new text" $?
grep -q '○ Call the user back *$' "$d/added" && grep -q '✓ Call the user back  (Demo Agent ' "$d/done" &&
	grep -q "✓ Call the user's manager back #2  (Demo Agent " "$d/edited"
check "the pane shows the new to-do, then ticked with who and when after the refresh" $?
bottom "$d/no-delete" | grep -q "Halo's API cannot delete to-dos: tick it (x)." &&
	! grep -q '"method":"DELETE"' "$work/log"
check "todo-delete says in one sentence that the API cannot delete a to-do, and sends nothing" $?

# --- mark-viewed ---
start_mock
run viewed 'j
:dump-screen list
<Enter>
:dump-screen opened
q
:dump-screen back'
rc=$?
read=$(api '/Tickets/1828' | grep -o '"read":[a-z]*')
viewlog=$(api '/FaultViewLog?ticket_id=1828')
stop_mock
d=$work/viewed
[ $rc -eq 0 ] && [ "$(writes /api/Tickets/View)" = '[{"id":1828}]' ]
check "opening a ticket posts [{id}] to /Tickets/View once" $?
[ "$read" = '"read":true' ] && echo "$viewlog" | grep -q '"ticket_id":1828'
check "the emulator marks it read and logs the view" $?
grep -q '^• .* 1828 ' "$d/list" && grep -q '^  .* 1828 ' "$d/back"
check "the list row loses its unread mark" $?

start_mock
run not-viewed 'j
<Enter>
q
:dump-screen back' 'set mark-viewed = no'
rc=$?
read=$(api '/Tickets/1828' | grep -o '"read":[a-z]*')
stop_mock
[ $rc -eq 0 ] && [ -z "$(writes /api/Tickets/View)" ] && [ "$read" = '"read":false' ] &&
	grep -q '^• .* 1828 ' "$work/not-viewed/back"
check "mark-viewed = no sends nothing and keeps the unread mark" $?

# --- the outbox pane: discard asks, edit hands a change back, resend sends a waiting one ---
make_outbox=$(cd "${top_builddir:-.}" && pwd)/tests/ui/make_outbox
start_mock
mkdir -p "$work/outbox/state/halotui/work"
"$make_outbox" "$work/outbox/state/halotui/work/outbox" 2
run outbox ':dump-screen start
O
:dump-screen pane
X
:dump-screen asked
<Esc>
:dump-screen kept
X
y
:dump-screen discarded
e
:dump-screen edit
<Esc>
q
:dump-screen back
R
:dump-screen resent'
rc=$?
stop_mock
d=$work/outbox
[ $rc -eq 0 ] && bottom "$d/start" | grep -q ' 2 unsent changes in the outbox, see :outbox' &&
	grep -q '^ #1001 summary → "unsent"' "$d/pane" && grep -q '^ #1002 summary → "unsent"' "$d/pane" &&
	grep -q '^   POST /Tickets · waiting · ' "$d/pane"
check "a start with two unsent changes announces them; the pane lists both in words" $?
bottom "$d/asked" | grep -q '#1001 summary → "unsent" will never be sent: discard it? y/Esc' &&
	grep -q '^ Outbox: 2 unsent changes' "$d/kept" && grep -q '^ Outbox: 1 unsent change$' "$d/discarded" &&
	! grep -q '#1001' "$d/discarded"
check "discard asks first: Esc keeps the change, y drops it" $?
head -n 1 "$d/edit" | grep -q '^Edit #1002 ' && grep -q '^> Summary ' "$d/edit" &&
	grep -q '^ Outbox: 1 unsent change$' "$d/back"
check "edit hands the change back to its ticket's edit form" $?
[ "$(writes /api/Tickets)" = '[{"id":1002,"summary":"unsent"}]' ] &&
	grep -q '^ Outbox: 0 unsent changes' "$d/resent" &&
	bottom "$d/resent" | grep -q 'sent from the outbox; 0 unsent changes left'
check "resend sends a waiting change at once, exactly as journalled, and the pane empties" $?

echo "cases: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
