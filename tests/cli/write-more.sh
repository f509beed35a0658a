#!/bin/sh
# The console's other writes as commands against halo-mock: delete (the id typed again), vote,
# billable-project, process-children, to-dos, closure confirmations, approval steps; viewlog
# and raw. Each in table and json, the emulator's state and both logs checked, each refusal.
. "${top_srcdir:-.}/tests/cli/lib.sh"
start --tickets 200
clog=$work/client.log
seen() { grep -c "\"method\":\"$1\",\"path\":\"$2\"" "$work/mock.log"; }
# A field of one ticket as the emulator has it now.
field() { "$bin" show "$1" --format tsv --columns "$2" --no-headers; }

: >"$work/mock.log"
run delete 1020 --reason "dup of 1019" --confirm 1020 --dry-run
[ "$rc" -eq 0 ] && [ "$(cat "$work/out")" = 'DELETE /api/Tickets/1020?reason=dup+of+1019' ] &&
	[ ! -s "$work/mock.log" ]
check "delete --dry-run: the request, nothing sent" $?

run delete 1020 --reason dup
[ "$rc" -eq 2 ] && grep -q 'wants --confirm 1020, the ticket.s id typed again' "$work/err"
run delete 1020 --reason dup --confirm 1021
[ "$rc" -eq 2 ] && grep -q "confirm 1021 is not the ticket's id 1020: nothing was deleted" "$work/err" &&
	[ "$(seen DELETE /api/Tickets/1020)" -eq 0 ]
check "delete without --confirm, or with another id: exit 2, nothing sent" $?

run delete 1020 --confirm 1020
[ "$rc" -eq 2 ] && grep -q 'wants --reason TEXT' "$work/err" && [ ! -s "$work/mock.log" ]
check "delete without a reason: exit 2" $?

run delete 1020 --reason "dup of 1019" --confirm 1020 --log "$clog"
[ "$rc" -eq 0 ] && grep -qx 'ok: DELETE /Tickets/1020' "$work/out" &&
	grep -q 'DELETE /api/Tickets/1020?reason=dup+of+1019 200' "$clog" &&
	[ "$(seen DELETE /api/Tickets/1020)" -eq 1 ]
"$bin" show 1020 >/dev/null 2>&1
[ $? -eq 4 ]
check "delete (table): one DELETE with the reason, the ticket is gone" $?

run delete 1021 --reason spam --confirm 1021 --format json
[ "$rc" -eq 0 ] && [ "$("$json" field deleted_reason <"$work/out")" = spam ]
check "delete (json): the server's record of it" $?

run delete 99999 --reason x --confirm 99999
[ "$rc" -eq 4 ] && grep -q 'kept in the outbox' "$work/err"
check "delete of an unknown ticket: exit 4" $?
"$bin" outbox discard "$(sed -n 's/.*kept in the outbox as \([0-9]*\).*/\1/p' "$work/err")" >/dev/null

run vote 1005 up "saved my day" --format json
[ "$rc" -eq 0 ] && [ "$("$json" field your_vote <"$work/out")" = 1 ] &&
	[ "$(field 1005 useful_count)" = 1 ] && [ "$(field 1005 your_vote_comment)" = "saved my day" ]
check "vote up COMMENT (json): counted once, with the comment" $?

run vote 1005 none
[ "$rc" -eq 0 ] && grep -qx 'ok: POST /Tickets/vote' "$work/out" && [ "$(field 1005 useful_count)" = 0 ]
check "vote none (table): the vote taken back" $?

run vote 1005 sideways
[ "$rc" -eq 2 ] && grep -q "up, down or none, not 'sideways'" "$work/err"
check "vote with another word: exit 2" $?

run billable-project 1006 yes
[ "$rc" -eq 0 ] && grep -qx 'ok: POST /Tickets/SetBillableProject' "$work/out" &&
	[ "$(field 1006 isbillable)" = true ]
run billable-project 1006 no --format json
[ "$rc" -eq 0 ] && [ "$("$json" field isbillable <"$work/out")" = false ] &&
	[ "$(field 1006 isbillable)" = false ]
check "billable-project yes (table), no (json)" $?

run billable-project 1006 maybe
[ "$rc" -eq 2 ]
check "billable-project with another word: exit 2" $?

: >"$work/mock.log"
run process-children 1058 --format json
[ "$rc" -eq 0 ] && [ "$("$json" field id <"$work/out")" = 1058 ] &&
	[ "$(seen POST /api/Tickets/processchildren)" -eq 1 ] &&
	grep -q '"path":"/api/Tickets/processchildren".*\[{"id":1058}\]' "$work/mock.log"
run process-children 1058
[ "$rc" -eq 0 ] && grep -qx 'ok: POST /Tickets/processchildren' "$work/out"
check "process-children (json, table): [{id}] sent" $?

run todo-add 1001 "call the user back" --format json
todo=$("$json" field id <"$work/out")
[ "$rc" -eq 0 ] && [ -n "$todo" ] &&
	[ "$("$bin" todos 1001 --format tsv --columns text,done --no-headers)" = "call the user back	false" ]
check "todo-add (json): the new to-do, on the server" $?

run todo-done 1001 "$todo"
[ "$rc" -eq 0 ] && grep -qx 'ok: POST /ToDo' "$work/out" &&
	[ "$("$bin" todos 1001 --format tsv --columns done --no-headers)" = true ]
check "todo-done (table): ticked" $?

: >"$work/mock.log"
run todo-done 1001 "$todo" --undo
[ "$rc" -eq 0 ] && grep -qx 'ok: POST /ToDo' "$work/out" &&
	grep -q '"path":"/api/ToDo".*"done":false' "$work/mock.log" &&
	[ "$("$bin" todos 1001 --format tsv --columns done --no-headers)" = false ]
run todo-done --undo 1001 "$todo" --format json
[ "$rc" -eq 0 ] && [ "$("$json" field done <"$work/out")" = false ]
run todo-done 1001 "$todo"
[ "$rc" -eq 0 ] && [ "$("$bin" todos 1001 --format tsv --columns done --no-headers)" = true ]
check "todo-done --undo (table, json, before the words): unticked on the server, ticked again" $?

: >"$work/mock.log"
run todo-add 1002 "order a toner"
[ "$rc" -eq 0 ] && grep -qx 'ok: POST /ToDo' "$work/out" && [ "$(seen POST /api/ToDo)" -eq 1 ] &&
	second=$("$bin" todos 1002 --format tsv --columns id --no-headers) && [ -n "$second" ]
run todo-done 1002 "$second" --format json
[ "$rc" -eq 0 ] && [ "$("$json" field done <"$work/out")" = true ] &&
	[ "$("$bin" todos 1002 --format tsv --columns done --no-headers)" = true ]
run todo-edit 1002 "$second" "order two toners"
[ "$rc" -eq 0 ] && grep -qx 'ok: POST /ToDo' "$work/out" &&
	[ "$("$bin" todos 1002 --format tsv --columns text --no-headers)" = "order two toners" ]
check "todo-add (table), todo-done (json), todo-edit (table)" $?

run todo-edit 1001 "$todo" "call the user back today" --format json
[ "$rc" -eq 0 ] && [ "$("$json" field text <"$work/out")" = "call the user back today" ] &&
	[ "$("$bin" todos 1001 --format tsv --columns text --no-headers)" = "call the user back today" ]
check "todo-edit (json): the text changed" $?

run --dry-run todo-add 1001 -- "--not a flag"
[ "$rc" -eq 0 ] && grep -q '"text":"--not a flag"' "$work/out"
check "todo-add ID -- TEXT: a text that starts with -- is a text" $?

run todo-done 1001 first
[ "$rc" -eq 2 ] && grep -q "'first' is not a to-do id" "$work/err"
run todo-add 1001
[ "$rc" -eq 2 ] && grep -q 'too few words' "$work/err"
check "todo-done with no number, todo-add without TEXT: exit 2" $?

: >"$work/mock.log"
run closure-add 1002 "all sorted?" --format json
closure=$("$json" field id <"$work/out")
[ "$rc" -eq 0 ] && [ "$("$json" field comment <"$work/out")" = "all sorted?" ] &&
	[ "$(seen POST /api/ConfirmClosure)" -eq 1 ]
run closure-add 1003
[ "$rc" -eq 0 ] && grep -qx 'ok: POST /ConfirmClosure' "$work/out"
check "closure-add (json with a comment, table without)" $?

: >"$work/mock.log"
run closure-delete 1003 "$closure"
[ "$rc" -eq 4 ] && grep -q "ticket 1003 has no closure confirmation $closure: nothing was removed" "$work/err" &&
	[ "$(seen DELETE "/api/ConfirmClosure/$closure")" -eq 0 ]
check "closure-delete of another ticket's: exit 4, nothing removed" $?

run closure-delete 1002 "$closure"
[ "$rc" -eq 0 ] && grep -qx "ok: DELETE /ConfirmClosure/$closure" "$work/out" &&
	[ "$(seen DELETE "/api/ConfirmClosure/$closure")" -eq 1 ]
run closure-delete 1002 "$closure" --format json
[ "$rc" -eq 4 ] && grep -q '^{"error":".*","exit_code":4,"command":"closure-delete"}$' "$work/err"
check "closure-delete (table): removed once; again: exit 4 (said in JSON with --format json)" $?

run closure-add 1002 --format json
again=$("$json" field id <"$work/out")
run closure-delete 1002 "$again" --format json
[ "$rc" -eq 0 ] && "$json" count <"$work/out" >/dev/null &&
	[ "$(seen DELETE "/api/ConfirmClosure/$again")" -eq 1 ]
check "closure-delete (json): the server's answer" $?

run approval-add 1001 maya --note "please look" --format json
[ "$rc" -eq 0 ] && [ "$("$json" field agent_id <"$work/out")" = 9 ] &&
	[ "$("$bin" approvals 1001 --format tsv --columns seq,agent_id,note --no-headers)" = "1	9	please look" ]
check "approval-add NAME --note (json): the step, asked of that agent" $?

run approval-add 1001 me
[ "$rc" -eq 0 ] && grep -qx 'ok: POST /TicketApproval' "$work/out" &&
	[ "$("$bin" approvals 1001 --format tsv --columns agent_id --no-headers | tail -n 1)" = 2 ]
check "approval-add me (table): the signed-in agent" $?

run approval-add 1001 nobody-at-all
[ "$rc" -eq 2 ] && grep -q 'no agent is called "nobody-at-all"' "$work/err"
check "approval-add with an unknown agent: exit 2" $?

run approval-delete 1001 1
[ "$rc" -eq 0 ] && grep -qx 'ok: DELETE /TicketApproval/1001&1' "$work/out" &&
	[ "$("$bin" approvals 1001 --format tsv --columns seq --no-headers)" = 2 ]
run approval-delete 1001 2 --format json
[ "$rc" -eq 0 ] && [ -z "$("$bin" approvals 1001 --format tsv --no-headers)" ]
check "approval-delete (table, json): the steps go" $?

run approval-delete 1001 x
[ "$rc" -eq 2 ]
check "approval-delete without a number: exit 2" $?

# The view log fills when a ticket is opened; here Halo's route is called as the console does.
token=$(curl -s -d grant_type=client_credentials -d client_id=5f1d2c3e-8a4b-4c6d-9e0f-1a2b3c4d5e6f \
	-d "client_secret=$HALOTUI_CLIENT_SECRET" -d scope=all "http://127.0.0.1:$port/auth/token" |
	sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
curl -s -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
	-d '[{"id":1004}]' "http://127.0.0.1:$port/api/Tickets/View"
: >"$work/mock.log"
run viewlog 1004
[ "$rc" -eq 0 ] && [ "$(wc -l <"$work/out")" -eq 2 ] &&
	grep -q '^1  *1004  *2  *Demo Agent  *20' "$work/out" &&
	grep -q '"path":"/api/FaultViewLog","query":"ticket_id=1004"' "$work/mock.log"
run viewlog 1004 --format json
[ "$rc" -eq 0 ] && [ "$("$json" count <"$work/out")" -eq 1 ] && [ "$("$json" field ticket_id <"$work/out")" = 1004 ]
check "viewlog (table, json): who opened the ticket" $?

run raw zapier
[ "$rc" -eq 0 ] && [ "$("$json" count <"$work/out")" -eq 10 ]
run raw salesmailbox --format table --log "$clog"
[ "$rc" -eq 0 ] && [ "$("$json" field name <"$work/out" | head -n 1)" = Sales ] &&
	grep -q 'GET /api/Tickets/salesmailbox 200' "$clog"
check "raw zapier, raw salesmailbox: Halo's JSON as it came, in any format" $?

run raw nothing
[ "$rc" -eq 2 ] && grep -q 'wants zapier or salesmailbox' "$work/err"
check "raw of another word: exit 2" $?

config_extra='set read_only = yes
'
start --tickets 200
refused=0
for cmd in "delete 1001 --reason r --confirm 1001" "vote 1001 up" "billable-project 1001 yes" \
	"process-children 1058" "todo-add 1001 t" "todo-done 1001 1" "todo-edit 1001 1 t" \
	"closure-add 1001" "closure-delete 1001 1" "approval-add 1001 me" "approval-delete 1001 1"; do
	# shellcheck disable=SC2086
	run $cmd
	{ [ "$rc" -eq 1 ] && grep -q 'read-only' "$work/err"; } || refused=1
done
[ "$refused" -eq 0 ] && [ ! -s "$work/mock.log" ]
check "a read-only profile refuses every one of them before sending anything" $?

finish
