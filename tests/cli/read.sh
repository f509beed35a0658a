#!/bin/sh
# halotui show, actions, approvals, todos against halo-mock, in each format; --demo and --log.
. "${top_srcdir:-.}/tests/cli/lib.sh"
start --tickets 300

run show 1001
[ "$rc" -eq 0 ] && [ "$(head -n 1 "$work/out")" = "id: 1001" ] &&
	grep -q '^summary: ' "$work/out" && grep -q '^agent_id: ' "$work/out" &&
	! grep -q '<' "$work/out" | grep -q '<p>' && [ "$(grep -c '' "$work/out")" -gt 15 ]
check "show: the ticket's fields, then its details as text" $?

run show 1001 --json
[ "$rc" -eq 0 ] && [ "$("$json" field id <"$work/out")" = 1001 ] &&
	"$json" field details <"$work/out" | grep -q '<' && [ "$(wc -l <"$work/out")" -eq 1 ] &&
	[ "$(head -c 1 "$work/out")" = "{" ]
check "show --json: Halo's object as it came, HTML details and all, on one line" $?

run show 1001 --format csv --columns id,summary
[ "$rc" -eq 0 ] && [ "$(head -n 1 "$work/out")" = "$(printf 'id,summary\r')" ] &&
	[ "$(wc -l <"$work/out")" -eq 2 ]
check "show --format csv: one record" $?

run show 99999
[ "$rc" -eq 4 ] && grep -q '^halotui: show: .*404' "$work/err"
check "show of an unknown id: exit 4" $?

run show 12x
[ "$rc" -eq 2 ] && grep -q "ticket ID" "$work/err"
check "show of a word that is no id: exit 2" $?

run actions 1001 --format jsonl
[ "$rc" -eq 0 ] && [ "$("$json" field ticket_id <"$work/out" | sort -u)" = 1001 ] &&
	[ "$("$json" count <"$work/out")" -ge 1 ] && "$json" keys <"$work/out" | grep -qx outcome
check "actions --format jsonl: the ticket's actions, Halo's fields" $?
first=$(sed -n 1p "$work/out")
cols=$(printf '%s\n' "$first" | "$json" keys | paste -sd, -)
[ "$first" = "$("$bin" actions 1001 --format jsonl --columns "$cols" | sed -n 1p)" ]
check "actions --format jsonl: each action as the server wrote it, as when --columns names every field" $?

run actions 1001
[ "$rc" -eq 0 ] && head -n 1 "$work/out" | grep -q '^id  *datetime  *who  *outcome  *note$'
check "actions: a table" $?

run approvals --format json
[ "$rc" -eq 0 ] && [ "$("$json" count <"$work/out")" -ge 1 ] && grep -q 'mine=true' "$work/mock.log"
check "approvals alone: those waiting on the signed-in agent (mine=true)" $?

id=$("$json" field ticket_id <"$work/out" | head -n 1)
run approvals "$id" --format tsv --no-headers --columns ticket_id,seq
[ "$rc" -eq 0 ] && [ "$(cut -f1 "$work/out" | sort -u)" = "$id" ]
check "approvals ID: that ticket's approvals" $?

run todos 1001 --format json
[ "$rc" -eq 0 ] && "$json" count <"$work/out" >/dev/null
check "todos --format json: an array" $?

run todos
[ "$rc" -eq 2 ]
check "todos without an id: exit 2" $?

rm -f "$work/client.log"
run show 1002 --log "$work/client.log" --format json
[ "$rc" -eq 0 ] && grep -q 'GET /api/Tickets/1002' "$work/client.log" &&
	! grep -qi "$HALOTUI_CLIENT_SECRET" "$work/client.log"
check "--log FILE: one line per request, no secret" $?

stop
for cmd in "list --page_size 3" "show 1001" "actions 1001" "approvals" "todos 1001"; do
	# shellcheck disable=SC2086
	run --demo $cmd --format jsonl
	[ "$rc" -eq 0 ] && "$json" count <"$work/out" >/dev/null
	check "--demo $cmd: answered by the emulator in the process" $?
done

finish
