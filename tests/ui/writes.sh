#!/bin/sh
# Working tickets: the real binary runs scripted sessions against halo-mock on loopback and
# changes tickets with note, status, priority, assign, team, type, close and undo. Each case
# checks the exact body halo-mock logged, the ticket as halo-mock then serves it, and the
# screen; the failure cases check the old value is back, the server's words are shown and
# the write is kept in the outbox.
. "${top_srcdir:-.}/tests/ui/lib.sh"

on_fail() {
	[ -f "$work/log" ] && sed 's/^/  log: /' "$work/log" | grep -v '"GET"'
	[ -f "${d:-$work}/stderr" ] && sed 's/^/  stderr: /' "${d:-$work}/stderr"
}

# start [OPTION...]: a fresh halo-mock with its request log in $work/log, and a token.
start() {
	mock_start --tickets 60 "$@"
	mock_token
}

stop() {
	mock_stop
}

# run NAME SCRIPT [GLOBAL-LINE [PROFILE-LINE]]: a session of profile "work" with its own state
# (outbox); its screens are dumped in $work/NAME/, 200 columns wide (a whole error shows).
run() {
	# Opening a ticket marks it viewed (a write of its own, tested in work.sh): these cases
	# count the changes only.
	if ! home_session "$1" 24x200 "$2" "set mark-viewed = no${3:+
$3}" "${4:-}"; then
		failed=$((failed + 1))
		echo "FAIL: $1: halotui exited with an error"
		sed 's/^/  /' "$d/stderr"
	fi
}

# GET PATH from halo-mock as the test (logged with probe=1, which count leaves out).
probe() {
	api "$1"
}

# The ticket ID as halo-mock serves it now.
ticket() {
	probe "Tickets/$1?probe=1"
}

# The bodies of the API writes logged, one a line, as sent.
bodies() {
	sed -n 's/.*"method":"\(POST\|DELETE\)","path":"\([^"]*\)".*"body":"\(.*\)"}$/\1 \2 \3/p' \
		"$work/log" | sed 's/\\"/"/g'
}

# outbox_records NAME: the outbox session NAME left, one "id state" a line (halotui outbox).
outbox_records() {
	(d=$work/$1 && cd "$d" && HOME="$d" XDG_CONFIG_HOME="$d/config" XDG_STATE_HOME="$d/state" \
		XDG_CACHE_HOME="$d/cache" HALOTUI_CLIENT_SECRET=$secret "$bin" outbox list --profile work --format tsv \
		--no-headers --columns id,state)
}

# Requests of METHOD PATH the session sent (PATH exact).
count() {
	grep "\"method\":\"$1\",\"path\":\"$2\"" "$work/log" | grep -vc 'probe=1'
}

# One field each, by name in any case, by part of a name, by id, and "me"; from the detail
# pane. Each change is one POST of its one field, answered with the record: no read-back.
start
before=$(ticket 1012)
run fields ':ticket 1012
:status in progress
:dump-screen status
:priority 1
:assign me
:team second
:type 4
:dump-screen after'
after=$(ticket 1012)
stop
[ "$(bodies)" = 'POST /api/Tickets [{"id":1012,"status_id":2}]
POST /api/Tickets [{"id":1012,"priority_id":1}]
POST /api/Tickets [{"id":1012,"agent_id":2}]
POST /api/Tickets [{"id":1012,"team":"Second Line"}]
POST /api/Tickets [{"id":1012,"tickettype_id":4}]' ]
check "status, priority, assign me, team and type each send one field by its id" $?
echo "$before" | grep -q '"status_id":9,' && echo "$after" | grep -q '"status_id":2,' &&
	echo "$after" | grep -q '"priority_id":1,' && echo "$after" | grep -q '"agent_id":2,' &&
	echo "$after" | grep -q '"team":"Second Line"' && echo "$after" | grep -q '"tickettype_id":4,'
check "halo-mock holds every change after the session" $?
[ "$(count GET /api/Tickets/1012)" -eq 1 ] && [ "$(count POST /api/Tickets)" -eq 5 ]
check "a change costs one write and no read: the answer is the record" $?
grep -q 'Status: *In Progress *$' "$work/fields/status" &&
	bottom "$work/fields/status" | grep -q '#1012 status: Closed → In Progress' &&
	grep -q 'Priority: *Critical *$' "$work/fields/after" &&
	grep -q 'Agent: *Demo Agent *$' "$work/fields/after" &&
	grep -q 'Team: *Second Line *$' "$work/fields/after" &&
	grep -q 'Type: *Problem *$' "$work/fields/after"
check "the detail pane shows each change with names, the status bar what changed" $?

# The default keys without an argument open that field's picker (typing narrows it, Enter
# chooses and sends) or the note form (m; Ctrl-S sends); C prompts for its optional note.
start
run keys ':ticket 1015
c a c t i o n <Enter>
p c r i t <Enter>
@ d e m o <Enter>
T s e r v <Enter>
m o n <Space> s i t e <C-s>
C <Enter>'
stop
[ "$(bodies)" = 'POST /api/Tickets [{"id":1015,"status_id":3}]
POST /api/Tickets [{"id":1015,"priority_id":1}]
POST /api/Tickets [{"id":1015,"agent_id":2}]
POST /api/Tickets [{"id":1015,"team":"Service Desk"}]
POST /api/Actions [{"ticket_id":1015,"outcome":"Private Note","outcome_id":5,"note_html":"on site","hiddenfromuser":true,"sendemail":false}]
POST /api/Tickets [{"id":1015,"status_id":9}]' ]
check "keys c p @ T open pickers, m the note form, C prompts for its note" $?

# Typed at the prompt, Tab completes a lookup's names (and me/none after assign).
start
run complete ':ticket 1015
: s t a t u s <Space> a c t <Tab> <Enter>
: a s s i g n <Space> m e <Tab> <Enter>'
stop
[ "$(bodies)" = 'POST /api/Tickets [{"id":1015,"status_id":3}]
POST /api/Tickets [{"id":1015,"agent_id":2}]' ]
check "Tab completes a status by name and me after assign" $?

# From the list: the selected row changes, and keeps its place.
start
run list ':dump-screen before
j
:assign none
:dump-screen after'
stop
# Line 5: the second row, under the tabs, the title and the headings.
row=$(sed -n 5p "$work/list/before" | grep -o ' [0-9][0-9]* ' | head -n 1 | tr -dc 0-9)
[ -n "$row" ] && [ "$(bodies)" = "POST /api/Tickets [{\"id\":$row,\"agent_id\":1}]" ] &&
	sed -n 5p "$work/list/after" | grep -q "$row .*Unassigned"
check "assign none on the list sends Halo's unassigned agent for the selected row" $?

# note TEXT: private, with the note-outcome setting, plain text escaped as HTML; the history
# pane shows it after one read of the actions.
start
run note ':ticket 1012
h
:note Called the user <back> & fixed
:dump-screen history'
notes=$(probe "Actions?ticket_id=1012&includehtmlnote=true&probe=1")
stop
[ "$(bodies)" = 'POST /api/Actions [{"ticket_id":1012,"outcome":"Private Note","note_html":"Called the user &lt;back&gt; &amp; fixed","hiddenfromuser":true,"sendemail":false}]' ]
check "note TEXT sends a private note with the default outcome, the text HTML-escaped" $?
echo "$notes" | grep -q '"note_html":"Called the user &lt;back&gt; &amp; fixed"' &&
	grep -q 'Called the user <back> & fixed' "$work/note/history" &&
	[ "$(count GET /api/Actions)" -eq 2 ]
check "halo-mock holds the note and the history shows it after one read" $?

start
run outcome ':ticket 1012
:note Rang them' 'set note-outcome = "Phone Call"'
stop
bodies | grep -q '"outcome":"Phone Call","note_html":"Rang them"'
check "note-outcome names the outcome a note is sent with" $?

# close: to the closed status of the lookups; with a note, one POST /Actions carries both.
start
run close ':ticket 1013
:close
:ticket 1014
:close Replaced the toner
:dump-screen closed'
t13=$(ticket 1013)
t14=$(ticket 1014)
stop
[ "$(bodies)" = 'POST /api/Tickets [{"id":1013,"status_id":9}]
POST /api/Actions [{"ticket_id":1014,"outcome":"Private Note","note_html":"Replaced the toner","hiddenfromuser":true,"new_status":9,"sendemail":false}]' ]
check "close sends the Closed status; close NOTE sends one note with new_status" $?
echo "$t13" | grep -q '"status_id":9,' && echo "$t14" | grep -q '"status_id":9,' &&
	grep -q 'Status: *Closed *$' "$work/close/closed"
check "halo-mock closed both tickets and the detail pane says Closed" $?

# undo: previewed on the status line, y sends the old value back; Esc sends nothing.
start
run undo ':ticket 1012
:status New
u
:dump-screen asked
<Esc>
u
y
:dump-screen undone'
after=$(ticket 1012)
stop
bottom "$work/undo/asked" | grep -q '^ #1012 status: New → Closed ? y/Esc *$' &&
	[ "$(bodies)" = 'POST /api/Tickets [{"id":1012,"status_id":1}]
POST /api/Tickets [{"id":1012,"status_id":9}]' ] &&
	echo "$after" | grep -q '"status_id":9,' && grep -q 'Status: *Closed *$' "$work/undo/undone"
check "undo asks with the change it sends, Esc keeps it, y sends the old value" $?

# Refused before anything is sent: an ambiguous or unknown name, a read-only profile.
start
run refused ':ticket 1012
: a s s i g n <Space> c o s t a <Enter>
:dump-screen ambiguous
: t e a m <Space> n o p e <Enter>
:dump-screen unknown
Q
:dump-screen quit'
stop
bottom "$work/refused/ambiguous" |
	grep -q 'ambiguous agent "costa": Maya Costa ([0-9]*), Tomás Costa ([0-9]*) ' &&
	bottom "$work/refused/unknown" | grep -q 'no team is called "nope"; one of: Service Desk (1), Second Line (2)' &&
	[ -z "$(bodies)" ] && [ ! -f "$work/refused/quit" ]
check "an ambiguous or unknown name is refused with the candidates, and nothing is sent" $?

start
run readonly ':ticket 1012
: s t a t u s <Space> N e w <Enter>
:dump-screen refused
: n o t e <Space> h i <Enter>
:dump-screen note
Q
:dump-screen quit' '' 'set read_only = yes'
stop
bottom "$work/readonly/refused" | grep -q 'this profile is read-only: the change was not sent' &&
	bottom "$work/readonly/note" | grep -q 'this profile is read-only' &&
	grep -q 'Status: *Closed *$' "$work/readonly/refused" && [ -z "$(bodies)" ] &&
	[ ! -f "$work/readonly/quit" ]
check "a read-only profile refuses before the outbox: nothing journalled, nothing sent" $?

# Failures: the old value comes back, the server's words are shown, the write stays in the
# outbox (quitting asks about it), and halo-mock shows what it did.
fails() { # NAME WRITE-FAULT
	start --write-fault "$2"
	run "$1" ':ticket 1012
:status New
:dump-screen failed
Q
:dump-screen quit'
	after=$(ticket 1012)
	stop
}

fails plain400 400
bottom "$work/plain400/failed" |
	grep -q '#1012 status: Closed → New failed, kept in the outbox: the server refused the request (400): This ticket is locked by another agent (simulated) \[TKT05/1\] *1 failed ' &&
	grep -q 'Status: *Closed *$' "$work/plain400/failed" &&
	echo "$after" | grep -q '"status_id":9,' &&
	bottom "$work/plain400/quit" | grep -q '1 unsent change in the outbox: quit anyway?'
check "a plain-text 400 is shown verbatim, the old status is back, the write stays in the outbox" $?

fails forbidden 403
bottom "$work/forbidden/failed" | grep -q 'failed, kept in the outbox: permission denied (403): You do not have permission to edit tickets (simulated) *1 failed ' &&
	grep -q 'Status: *Closed *$' "$work/forbidden/failed" &&
	echo "$after" | grep -q '"status_id":9,' &&
	bottom "$work/forbidden/quit" | grep -q '1 unsent change in the outbox'
check "a 403 is shown with the server's words, the old status back, the write kept" $?

fails broken 500
bottom "$work/broken/failed" | grep -q '#1012 status: Closed → New failed, kept in the outbox: the server failed (5xx): An unexpected error occurred (simulated)' &&
	grep -q 'Status: *Closed *$' "$work/broken/failed" && echo "$after" | grep -q '"status_id":9,' &&
	[ "$(count POST /api/Tickets)" -eq 1 ]
check "a 500 is shown with the server's words and the write is not retried blindly" $?

# A write done whose answer was cut mid-body: the ticket is read again (one GET), holds the
# new status, and the change is done: nothing left in the outbox, the new status shows.
fails dropped drop
[ "$(grep -v 'probe=1' "$work/log" | grep -v '"path":"/api/\(Status\|Priority\|Agent\|Team\|TicketType\|Outcome\|Agent/me\)"' |
	sed -n 's/.*"method":"\([A-Z]*\)","path":"\([^"]*\)".*/\1 \2/p' | tail -n 3)" = 'GET /api/Tickets/1012
POST /api/Tickets
GET /api/Tickets/1012' ] &&
	bottom "$work/dropped/failed" | grep -q '#1012 status: Closed → New done (its answer was lost; the ticket was read again)' &&
	! bottom "$work/dropped/failed" | grep -q 'failed' &&
	grep -q 'Status: *New *$' "$work/dropped/failed" &&
	echo "$after" | grep -q '"status_id":1,' &&
	[ ! -f "$work/dropped/quit" ] && [ -z "$(outbox_records dropped)" ]
check "a write done whose answer was lost: the ticket read again shows it done, nothing kept" $?

# A write other than a ticket's fields (a vote) whose answer was lost is not called failed:
# it may have been done; it stays in the outbox as unknown, resent as it is when asked.
start --write-fault drop
run votelost ':ticket 1012
:vote up
:dump-screen said
O
:dump-screen outbox
R
:dump-screen resent'
stop
bottom "$work/votelost/said" | grep -q 'no answer, it may have been done; kept in the outbox, where resending it is safe: ' &&
	! bottom "$work/votelost/said" | grep -q 'failed,' &&
	[ "$(count GET /api/Tickets/1012)" -eq 1 ] && outbox_records votelost | grep -q 'unknown'
check "a vote whose answer was lost: may have been done, kept in the outbox as unknown, no read" $?
grep -q 'unknown' "$work/votelost/outbox" && ! grep -q 'send it again?' "$work/votelost/resent" &&
	[ "$(count POST /api/Tickets/vote)" -eq 2 ]
check "R resends an update of unknown outcome without asking: sent twice it is still one change" $?

# A delete whose answer was lost reads the ticket again: gone, it was done and leaves the
# outbox; still there (held past the request-timeout, dropped undone), it failed.
start --write-fault drop
run deletelost ':ticket 1012
:delete duplicate
1 0 1 2 <Enter>
:dump-screen said'
stop
[ "$(count DELETE /api/Tickets/1012)" -eq 1 ] && [ "$(count GET /api/Tickets/1012)" -eq 2 ] &&
	bottom "$work/deletelost/said" | grep -q '#1012 deleted (its answer was lost; the ticket was read again)' &&
	! bottom "$work/deletelost/said" | grep -q 'failed\|may have been' &&
	[ -z "$(outbox_records deletelost)" ]
check "a delete whose answer was lost: the ticket read again is gone, done, nothing kept" $?

start --hold-writes-ms 4000
run deletekept ':ticket 1012
:delete duplicate
1 0 1 2 <Enter>
:dump-screen said' 'set request-timeout = 1'
stop
[ "$(count GET /api/Tickets/1012)" -eq 2 ] &&
	bottom "$work/deletekept/said" | grep -q '#1012: deleting failed, kept in the outbox: the ticket read again is still there (the answer was lost: the server did not answer in time' &&
	outbox_records deletekept | grep -q 'failed'
check "a delete whose answer was lost and the ticket still there: failed, kept in the outbox" $?

# A to-do ticked whose answer was lost reads the ticket's to-dos again: the tick there, done;
# the other tick (held past the request-timeout, dropped undone), failed.
start --write-fault drop
run ticklost ':ticket 1004
t
j
x
:dump-screen said'
todos=$(probe 'ToDo?ticket_id=1004&probe=1')
stop
[ "$(count POST /api/ToDo)" -eq 1 ] && grep -v probe=1 "$work/log" | grep -A1 "\"POST\",\"path\":\"/api/ToDo\"" | tail -n 1 | grep -q "\"GET\",\"path\":\"/api/ToDo\"" &&
	bottom "$work/ticklost/said" | grep -q '#1004 to-do changed: done (its answer was lost; the to-dos were read again)' &&
	! bottom "$work/ticklost/said" | grep -q 'failed\|may have been' &&
	echo "$todos" | grep -q '"id":16066,[^}]*"done":true' && [ -z "$(outbox_records ticklost)" ]
check "a to-do ticked whose answer was lost: the to-dos read again hold the tick, nothing kept" $?

start --hold-writes-ms 4000
run tickkept ':ticket 1004
t
j
x
:dump-screen said' 'set request-timeout = 1'
stop
bottom "$work/tickkept/said" | grep -q '#1004 to-do changed failed, kept in the outbox: the to-dos read again have the other tick (the answer was lost: the server did not answer in time' &&
	outbox_records tickkept | grep -q 'failed'
check "a to-do ticked whose answer was lost and the tick not there: failed, kept in the outbox" $?

# An approval decided whose answer was lost reads its step again: decided so, done; still
# waiting (held past the request-timeout, dropped undone), failed. 1196 has one step.
start --tickets 200 --write-fault drop
run decidelost ':ticket 1196
a
+
<Enter>
:dump-screen said'
step=$(probe 'TicketApproval/1196?probe=1')
stop
[ "$(count POST /api/TicketApproval)" -eq 1 ] && [ "$(count GET /api/TicketApproval/1196)" -eq 1 ] &&
	bottom "$work/decidelost/said" | grep -q '#1196 approval 1 approved: done (its answer was lost; the approval step was read again)' &&
	echo "$step" | grep -q '"result":1' && [ -z "$(outbox_records decidelost)" ]
check "an approval whose answer was lost: the step read again holds the decision, nothing kept" $?

start --tickets 200 --hold-writes-ms 4000
run decidekept ':ticket 1196
a
+
<Enter>
:dump-screen said' 'set request-timeout = 1'
stop
bottom "$work/decidekept/said" | grep -q '#1196 approval 1 approved failed, kept in the outbox: the approval step read again has another result (the answer was lost: the server did not answer in' &&
	outbox_records decidekept | grep -q 'failed'
check "an approval whose answer was lost and the step still waiting: failed, kept in the outbox" $?

# A write held by the server past the console's request-timeout: the console hangs up, the
# server drops it undone; the ticket read again holds the old status: failed as any other.
start --hold-writes-ms 4000
run timedout ':ticket 1012
:status New
:dump-screen failed' 'set request-timeout = 1'
after=$(ticket 1012)
stop
[ "$(count GET /api/Tickets/1012)" -eq 2 ] &&
	bottom "$work/timedout/failed" | grep -q '#1012 status: Closed → New failed, kept in the outbox: the ticket read again has another status_id (the answer was lost: the server did not answer in time' &&
	grep -q 'Status: *Closed *$' "$work/timedout/failed" &&
	echo "$after" | grep -q '"status_id":9,' && outbox_records timedout | grep -q 'failed'
check "a write the ticket read again does not hold: old status back, kept in the outbox as failed" $?

# Prose is taken as typed: an apostrophe is not a quote and a # not a comment, in a note, a
# close note and a name; a text that is one quoted word loses its quotes.
start
run prose ":ticket 1012
:note the user's printer   jam, see #1015
:note \"all of it quoted\"
:assign Rosa O'Brien
:close it's fixed #done
:dump-screen after"
rc=$?
after=$(ticket 1012)
stop
agent=$(echo "$after" | sed -n 's/.*"agent_id":\([0-9]*\).*/\1/p')
[ $rc -eq 0 ] && bodies | grep -qF '"note_html":"the user'"'"'s printer   jam, see #1015"' &&
	bodies | grep -qF '"note_html":"all of it quoted"' &&
	bodies | grep -qF '"note_html":"it'"'"'s fixed #done"' &&
	grep -q "Agent: *Rosa O'Brien" "$work/prose/after"
check "note, close and assign take an apostrophe and a # as text, and unquote one quoted text" $?

echo "cases: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
