#!/bin/sh
# The Scripts section of the README taken at its word: the forms it shows that the other
# command tests do not use as written.
. "${top_srcdir:-.}/tests/cli/lib.sh"
start --tickets 200
seen() { grep -c "\"method\":\"$1\",\"path\":\"$2\"" "$work/mock.log"; }

: >"$work/mock.log"
run approvals --mine --format json
[ "$rc" -eq 0 ] && grep -q '"path":"/api/TicketApproval","query":"[^"]*mine=true' "$work/mock.log"
check "approvals --mine: those waiting on the signed-in agent" $?

run note 1001 "rang the user" --outcome "Phone Call" --hidden
"$bin" actions 1001 --format jsonl --columns note,outcome,hiddenfromuser >"$work/actions"
[ "$rc" -eq 0 ] && grep -qx 'ok: POST /Actions' "$work/out" &&
	grep -q '"outcome":"Phone Call","hiddenfromuser":true' "$work/actions"
check "note ID TEXT --outcome NAME --hidden: an action of that outcome, hidden from the user" $?

: >"$work/mock.log"
printf 'first line\nsecond line\n' | "$bin" note 1002 >"$work/out" 2>"$work/err"
rc=$?
[ "$rc" -eq 0 ] && [ "$(seen POST /api/Actions)" -eq 1 ] &&
	grep -q 'first line<br>second line' "$work/mock.log"
check "note ID without TEXT: the text from standard input, its line breaks kept" $?

run set 1001 status_id=9 deadlinedate=2026-01-31 tickettype=change agent="yusuf anderson" \
	--dry-run
printf 'POST /api/Tickets\nContent-Type: application/json\n\n[{"id":1001,"status_id":9,"tickettype_id":5,"agent_id":7,"deadlinedate":"2026-01-31T00:00:00Z"}]\n' >"$work/want"
[ "$rc" -eq 0 ] && cmp -s "$work/out" "$work/want"
check "set ID status_id=9 deadlinedate=... tickettype=NAME agent=NAME: wire names and names" $?

# Agent 13, the emulator's last, is disabled: reached by its id only.
token=$(curl -s -d grant_type=client_credentials -d client_id=5f1d2c3e-8a4b-4c6d-9e0f-1a2b3c4d5e6f \
	-d "client_secret=$HALOTUI_CLIENT_SECRET" -d scope=all "http://127.0.0.1:$port/auth/token" |
	sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
gone=$(curl -s -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/Agent?includedisabled=true" |
	sed -n 's/.*{"id":13,"name":"\([^"]*\)".*/\1/p')
run assign 1004 "$gone" --dry-run
[ -n "$gone" ] && [ "$rc" -eq 2 ] && grep -q "no agent is called" "$work/err"
run assign 1004 13 --dry-run
[ "$rc" -eq 0 ] && grep -q '^\[{"id":1004,"agent_id":13}\]$' "$work/out"
check "a disabled agent: refused by name, taken by its id" $?

stop
start --tickets 200 --drop-rate 1
run new --summary 'Cut short' --no-retry
kept=$(sed -n 's/.*kept in the outbox as \([0-9]*\) (halotui outbox resend [0-9]*)$/\1/p' "$work/err")
[ "$rc" -eq 6 ] && [ -n "$kept" ] &&
	[ "$("$bin" outbox list --format tsv --columns state --no-headers)" = unknown ]
check "a create cut short: its outcome unknown, kept in the outbox" $?
start --tickets 200
run outbox resend "$kept"
[ "$rc" -eq 1 ] && grep -q 'add --confirmed' "$work/err" && [ "$(seen POST /api/Tickets)" -eq 0 ]
run outbox resend "$kept" --confirmed
[ "$rc" -eq 0 ] && [ "$(seen POST /api/Tickets)" -eq 1 ] &&
	[ -z "$("$bin" outbox list --format tsv --no-headers)" ]
check "outbox resend ID of a create whose outcome is unknown: only with --confirmed" $?

finish
