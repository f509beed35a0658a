#!/bin/sh
# A change whose answer was lost (halo-mock does it, then cuts its answer mid-body, or holds
# it past the request-timeout): a ticket's field change reads the ticket again and exits 0
# when it holds the change; otherwise exit 6, saying whether it may have been done.
. "${top_srcdir:-.}/tests/cli/lib.sh"

# requests: the API requests of the last halo-mock, "METHOD PATH" a line, reads of the
# lookups and of the test itself left out.
requests() {
	sed -n 's/.*"method":"\([A-Z]*\)","path":"\(\/api\/[^"]*\)","query":"\([^"]*\)".*/\1 \2 \3/p' \
		"$mock_log" | grep -v ' /api/\(authinfo\|Status\|Priority\|Agent\|Team\|TicketType\) ' |
		sed 's/ [^ ]*$//; s/ $//'
}

# state TICKET: the outbox's state of its only record, or "none".
outbox_state() {
	"$bin" outbox list --format tsv --no-headers --columns state >"$work/outbox" 2>&1
	[ -s "$work/outbox" ] && cat "$work/outbox" || echo none
}

start --tickets 200 --write-fault drop
run set 1001 status=closed
[ "$rc" -eq 0 ] && grep -qx 'ok: POST /Tickets' "$work/out" &&
	grep -qx 'halotui: set: the answer to POST /Tickets was lost; the ticket was read again and holds the change: done' "$work/err" &&
	[ "$(requests)" = 'POST /api/Tickets
GET /api/Tickets/1001' ] && [ "$(outbox_state)" = none ]
check "set whose answer was lost: the ticket read once again holds it, exit 0, outbox empty" $?
run show 1001 --format tsv --columns status_id --no-headers
[ "$(cat "$work/out")" = 9 ]
check "set whose answer was lost: the change is on the server" $?

run close 1002 --format json
[ "$rc" -eq 0 ] && "$json" field id <"$work/out" | grep -qx 1002 &&
	grep -q 'the answer to POST /Tickets was lost' "$work/err" && [ "$(outbox_state)" = none ]
check "close whose answer was lost: exit 0, the record read again with --format json" $?

run vote 1003 up
id=$(sed -n 's/.*kept in the outbox as \([0-9]*\).*/\1/p' "$work/err")
[ "$rc" -eq 6 ] && grep -q 'no answer, it may have been done; kept in the outbox as' "$work/err" &&
	[ "$(outbox_state)" = unknown ]
check "a vote whose answer was lost: exit 6, it may have been done, kept as unknown" $?
run outbox resend "$id"
[ "$rc" -eq 6 ] && [ "$(grep -c '"path":"/api/Tickets/vote"' "$mock_log")" -eq 2 ]
check "a vote of unknown outcome is resent without asking (an update, not a create)" $?
"$bin" outbox discard "$id" >/dev/null 2>&1

run delete 1010 --confirm 1010 --reason duplicate
[ "$rc" -eq 0 ] && grep -qx 'ok: DELETE /Tickets/1010' "$work/out" &&
	grep -qx 'halotui: delete: the answer to DELETE /Tickets/1010 was lost; the ticket was read again and is gone: done' "$work/err" &&
	[ "$(requests | tail -n 2)" = 'DELETE /api/Tickets/1010
GET /api/Tickets/1010' ] && [ "$(outbox_state)" = none ]
check "delete whose answer was lost: the ticket read again is gone, exit 0, outbox empty" $?

# A server answering an unknown ticket with 200 and an empty object: gone as well.
start --tickets 200 --write-fault drop --missing-ticket empty200
run delete 1011 --confirm 1011 --reason duplicate
[ "$rc" -eq 0 ] && grep -q 'the ticket was read again and is gone: done' "$work/err" &&
	[ "$(outbox_state)" = none ]
check "delete whose answer was lost, the ticket read again an empty 200: done, exit 0" $?

# A to-do ticked (or unticked) whose answer was lost: its ticket's to-dos read again.
start --tickets 200 --write-fault drop
run todo-done 1004 16066
[ "$rc" -eq 0 ] && grep -qx 'ok: POST /ToDo' "$work/out" &&
	grep -qx 'halotui: todo-done: the answer to POST /ToDo was lost; the to-dos were read again and hold the tick: done' "$work/err" &&
	[ "$(requests | tail -n 2)" = 'POST /api/ToDo
GET /api/ToDo' ] && [ "$(outbox_state)" = none ]
check "todo-done whose answer was lost: the to-dos read again hold the tick, exit 0" $?
run todo-done 1005 16081 --undo --format json
[ "$rc" -eq 0 ] && grep -q '"id":16081' "$work/out" && grep -q 'hold the tick: done' "$work/err" &&
	[ "$(outbox_state)" = none ]
check "todo-done --undo whose answer was lost: done, exit 0, the to-dos read with --format json" $?

# An approval decision whose answer was lost: its step read again (GET /TicketApproval/{id}).
run approve 1196 1
[ "$rc" -eq 0 ] && grep -qx 'ok: POST /TicketApproval' "$work/out" &&
	grep -qx 'halotui: approve: the answer to POST /TicketApproval was lost; the approval step was read again and holds the decision: done' "$work/err" &&
	[ "$(requests | tail -n 2)" = 'POST /api/TicketApproval
GET /api/TicketApproval/1196' ] && [ "$(outbox_state)" = none ]
check "approve whose answer was lost: the step read again holds the decision, exit 0" $?
run reject 1190 3 --note "not now"
[ "$rc" -eq 0 ] && grep -q 'holds the decision: done' "$work/err" && [ "$(outbox_state)" = none ]
check "reject whose answer was lost: the step read again holds the decision, exit 0" $?
# The step read again is the next one waiting: it cannot tell, the decision may have been done.
run approve 1197 1
[ "$rc" -eq 6 ] && grep -q 'no answer, it may have been done (the approval step read again does not show it); kept in the outbox as' "$work/err" &&
	[ "$(outbox_state)" = unknown ]
check "approve whose answer was lost, another step read again: exit 6, kept unknown" $?
id=$(sed -n 's/.*kept in the outbox as \([0-9]*\).*/\1/p' "$work/err")
"$bin" outbox discard "$id" >/dev/null 2>&1

# Answers and the read-back both cut: nothing can be learnt, the change may have been done.
start --tickets 200 --write-fault drop --drop-rate 1
run set 1004 status_id=1 --no-retry
[ "$rc" -eq 6 ] &&
	grep -q 'no answer, it may have been done (the ticket could not be read again: .*); kept in the outbox as [0-9]*: resending it is safe' "$work/err" &&
	[ "$(outbox_state)" = unknown ]
check "set whose answer and read-back were both lost: exit 6, may have been done, kept unknown" $?
id=$(sed -n 's/.*kept in the outbox as \([0-9]*\).*/\1/p' "$work/err")
"$bin" outbox discard "$id" >/dev/null 2>&1

# Held past the request-timeout, the write is dropped undone: the ticket read again says so.
config_extra='set request-timeout = 1
'
start --tickets 200 --hold-writes-ms 3000
run set 1005 status_id=1
[ "$rc" -eq 6 ] && grep -q 'the ticket read again has another status_id: not done; kept in the outbox as' "$work/err" &&
	[ "$(outbox_state)" = failed ]
check "set held past the timeout and not done: exit 6, not done, kept as failed" $?
id=$(sed -n 's/.*kept in the outbox as \([0-9]*\).*/\1/p' "$work/err")
"$bin" outbox discard "$id" >/dev/null 2>&1
run delete 1006 --confirm 1006 --reason duplicate
[ "$rc" -eq 6 ] && grep -q 'the ticket read again is still there: not done; kept in the outbox as' "$work/err" &&
	[ "$(outbox_state)" = failed ]
check "delete held past the timeout and not done: exit 6, not done, kept as failed" $?
id=$(sed -n 's/.*kept in the outbox as \([0-9]*\).*/\1/p' "$work/err")
"$bin" outbox discard "$id" >/dev/null 2>&1
run todo-done 1010 16161
[ "$rc" -eq 6 ] && grep -q 'the to-dos read again have the other tick: not done; kept in the outbox as' "$work/err" &&
	[ "$(outbox_state)" = failed ]
check "todo-done held past the timeout and not done: exit 6, not done, kept as failed" $?
id=$(sed -n 's/.*kept in the outbox as \([0-9]*\).*/\1/p' "$work/err")
"$bin" outbox discard "$id" >/dev/null 2>&1
run approve 1196 1
[ "$rc" -eq 6 ] && grep -q 'the approval step read again has another result: not done; kept in the outbox as' "$work/err" &&
	[ "$(outbox_state)" = failed ]
check "approve held past the timeout and not done: exit 6, not done, kept as failed" $?

finish
