#!/bin/sh
# The write commands against halo-mock: --dry-run, each write seen by the emulator once, names
# resolved (ambiguity refused), read-only profiles, and the outbox: a failed write kept, listed,
# resent once, discarded.
. "${top_srcdir:-.}/tests/cli/lib.sh"
start --tickets 200
posts() { grep -c "\"method\":\"POST\",\"path\":\"$1\"" "$work/mock.log"; }

run set 1001 status=closed priority=high team=desk --dry-run
printf 'POST /api/Tickets\nContent-Type: application/json\n\n[{"id":1001,"status_id":9,"priority_id":2,"team":"Service Desk"}]\n' >"$work/want"
[ "$rc" -eq 0 ] && cmp -s "$work/out" "$work/want" && [ "$(posts /api/Tickets)" -eq 0 ]
check "set --dry-run: the request with names resolved (case-insensitive), nothing sent" $?

run note 1001 'a <b> & c' --dry-run
grep -q '^POST /api/Actions$' "$work/out" &&
	grep -q '"ticket_id":1001,"outcome":"Note","note_html":"a &lt;b&gt; &amp; c"' "$work/out" &&
	[ "$(posts /api/Actions)" -eq 0 ]
check "note --dry-run: the note as HTML, escaped" $?

run approve 1049 1 --note fine --dry-run
grep -q '^POST /api/TicketApproval$' "$work/out" &&
	grep -q '\[{"ticket_id":1049,"seq":1,"result":1,"approver_note":"fine"}\]' "$work/out"
check "approve --dry-run" $?

run reject 1049 1 --dry-run
grep -q '"result":2' "$work/out"
check "reject --dry-run" $?

run set 1001 status=Closed
[ "$rc" -eq 0 ] && [ "$(posts /api/Tickets)" -eq 1 ] && grep -qx 'ok: POST /Tickets' "$work/out"
check "set: one POST seen by the emulator" $?
run show 1001 --format tsv --columns status_id --no-headers
[ "$(cat "$work/out")" = 9 ]
check "set: the change is on the server" $?

run note 1002 "first line
second line"
[ "$rc" -eq 0 ] && [ "$(posts /api/Actions)" -eq 1 ]
run actions 1002 --format jsonl
"$json" field note_html <"$work/out" | grep -q 'first line<br>second line'
check "note: posted once, line breaks kept" $?

printf 'from a pipe\n' | "$bin" note 1003 - >"$work/out" 2>"$work/err"
rc=$?
"$bin" actions 1003 --format jsonl | "$json" field note_html | grep -qx 'from a pipe'
check "note ID -: the note from standard input" $?

run assign 1004 me
"$bin" show 1004 --format tsv --columns agent_id --no-headers >"$work/got"
[ "$rc" -eq 0 ] && [ "$(cat "$work/got")" = 2 ]
check "assign me: the signed-in agent (GET /Agent/me)" $?

run assign 1004 yusuf
[ "$rc" -eq 2 ] && grep -q 'ambiguous agent "yusuf": Yusuf Anderson (7), Yusuf Dubois (8)' "$work/err"
check "assign with an ambiguous name: exit 2 with the candidates" $?

run assign 1004 a --dry-run
grep -q '"agent_id":4' "$work/out"
check "assign: the one name starting with the word wins over names containing it" $?

run assign 1004 nobody-at-all
[ "$rc" -eq 2 ] && grep -q 'no agent is called "nobody-at-all"' "$work/err"
check "assign with an unknown name: exit 2" $?

run assign 1004 "MAYA evans"
"$bin" show 1004 --format tsv --columns agent_id --no-headers >"$work/got"
[ "$rc" -eq 0 ] && [ "$(cat "$work/got")" = 9 ]
check "assign NAME: case-insensitive" $?

: >"$work/mock.log"
run close 1005 "fixed it"
[ "$rc" -eq 0 ] && [ "$(posts /api/Actions)" -eq 1 ] && [ "$(posts /api/Tickets)" -eq 0 ] &&
	[ "$("$bin" show 1005 --format tsv --columns status_id --no-headers)" = 9 ]
check "close ID NOTE: one action with the note and the Closed status" $?

run set 1001 nosuch=1
[ "$rc" -eq 2 ] && grep -q "no field 'nosuch'" "$work/err"
check "set with an unknown field: exit 2" $?

config_extra='set read_only = yes
'
start --tickets 200
run set 1001 status=Closed
[ "$rc" -eq 1 ] && grep -q 'read-only' "$work/err" && [ ! -s "$work/mock.log" ]
check "a read-only profile refuses before sending anything" $?
config_extra=''

start --tickets 200 --fail-rate 1
run set 1006 flagged=true --no-retry
id=$(sed -n 's/.*kept in the outbox as \([0-9]*\).*/\1/p' "$work/err")
[ "$rc" -eq 7 ] && [ -n "$id" ]
check "a write the server failed: exit 7, kept in the outbox" $?
run outbox list --format tsv --no-headers --columns id,route,record,state
[ "$rc" -eq 0 ] && [ "$(cat "$work/out")" = "$id	POST /Tickets	0	failed" ]
check "outbox list: the failed write" $?

start --tickets 200
run outbox resend "$id"
[ "$rc" -eq 0 ] && [ "$(posts /api/Tickets)" -eq 1 ] &&
	[ "$("$bin" show 1006 --format tsv --columns flagged --no-headers)" = true ]
run outbox list --format jsonl
[ "$rc" -eq 0 ] && [ ! -s "$work/out" ]
check "outbox resend ID: sent once, then the outbox is empty" $?

start --tickets 200 --fail-rate 1
run note 1007 "lost cause" --no-retry
id=$(sed -n 's/.*kept in the outbox as \([0-9]*\).*/\1/p' "$work/err")
run outbox discard "$id"
[ "$rc" -eq 0 ] && [ -z "$("$bin" outbox list --format jsonl)" ]
check "outbox discard ID" $?

run outbox discard 999999
[ "$rc" -eq 4 ]
check "outbox discard of an unknown id: exit 4" $?

# forecast: --dry-run prints the entry with the agent's name resolved; --add sends it once;
# without --add the ticket's entries come back, the one just added among them.
start --tickets 200
run forecast 1001 --add --agent yusuf --date 2026-12-24 --hours 1.5 --dry-run
[ "$rc" -eq 2 ] && grep -q 'ambiguous agent "yusuf"' "$work/err" && [ "$(posts /api/FaultsForecasting)" -eq 0 ]
check "forecast --add with an ambiguous agent: exit 2, nothing sent" $?
run forecast 1001 --add --agent "yusuf d" --date 2026-12-24 --hours 1.5 --dry-run
printf 'POST /api/FaultsForecasting\nContent-Type: application/json\n\n[{"agent_id":8,"ticket_id":1001,"date":"2026-12-24T00:00:00Z","hours":1.5}]\n' >"$work/want"
[ "$rc" -eq 0 ] && cmp -s "$work/out" "$work/want" && [ "$(posts /api/FaultsForecasting)" -eq 0 ]
check "forecast --add --dry-run: the entry with the agent resolved, nothing sent" $?
run forecast 1001 --add --agent "yusuf d" --date 2026-12-24 --hours 1.5
[ "$rc" -eq 0 ] && [ "$(posts /api/FaultsForecasting)" -eq 1 ] && grep -qx 'ok: POST /FaultsForecasting' "$work/out"
run forecast 1001 --format tsv --no-headers --columns ticket_id,agent_id,date,hours
[ "$rc" -eq 0 ] && [ "$(cat "$work/out")" = "1001	8	2026-12-24T00:00:00Z	1.5" ]
check "forecast --add: sent once; forecast ID lists the ticket's entries" $?
run forecast 1001 --add --agent me --date 24/12/2026 --hours 2
[ "$rc" -eq 2 ] && grep -q "'24/12/2026' is not a date: write YYYY-MM-DD" "$work/err"
check "forecast --add with a date that is not YYYY-MM-DD: exit 2" $?
run forecast 1001 --add --agent me --date 2026-12-24 --hours lots
[ "$rc" -eq 2 ] && grep -q "'lots' is not a number of hours" "$work/err" &&
	[ "$(posts /api/FaultsForecasting)" -eq 1 ]
check "forecast --add with hours that are not a number: exit 2, nothing sent" $?

finish
