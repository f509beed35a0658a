#!/bin/sh
# halotui list against halo-mock: every format, flags from the parameter table, --view, --all.
. "${top_srcdir:-.}/tests/cli/lib.sh"
config_extra='view "agent three" agent_id=3 open_only=true
'
start --tickets 1234

run list
[ "$rc" -eq 0 ] && [ "$(wc -l <"$work/out")" -eq 51 ] &&
	head -n 1 "$work/out" | grep -q '^id  *summary  *status_id  *priority_id  *agent_id  *team  *client_name  *lastactiondate$' &&
	[ ! -s "$work/err" ]
check "table: a header and one page of the page-size setting (50 rows), nothing on stderr" $?

"$bin" show 1001 >/dev/null
[ -z "$(find "$work/state" -name 'outbox*' 2>/dev/null)" ]
check "list and show only read: they neither open nor lock the outbox" $?

run list --format json --page_size 7
[ "$rc" -eq 0 ] && [ "$("$json" count <"$work/out")" -eq 7 ] &&
	"$json" keys <"$work/out" >"$work/keys" && grep -qx dateoccurred "$work/keys" &&
	grep -qx client_id "$work/keys" && grep -qx user_name "$work/keys" &&
	[ "$(sed -n 1p "$work/out")" = "[" ] && [ "$(sed -n '$p' "$work/out")" = "]" ]
check "json: one array of Halo's own objects with all their fields" $?

run list --format jsonl --page_size 7 --order id
cols=$(sed -n 1p "$work/out" | "$json" keys | paste -sd, -)
"$bin" list --format jsonl --page_size 7 --order id --columns "$cols" >"$work/by-field"
[ "$rc" -eq 0 ] && [ -n "$cols" ] && [ "$(wc -l <"$work/out")" -eq 7 ] && cmp -s "$work/out" "$work/by-field"
check "jsonl: each record as the server wrote it, the same as when every field is named in --columns" $?

run list --format jsonl --page_size 7 --columns id,summary,nosuchfield
[ "$rc" -eq 0 ] && [ "$(wc -l <"$work/out")" -eq 7 ] && [ "$("$json" count <"$work/out")" -eq 7 ] &&
	"$json" keys <"$work/out" >"$work/keys" && [ "$(tr '\n' ' ' <"$work/keys")" = "id summary nosuchfield " ] &&
	[ "$("$json" field nosuchfield <"$work/out" | sort -u)" = null ]
check "jsonl: one object a line; --columns keeps only those fields, an absent one null" $?

run list --format csv --all --order id --columns id,summary,client_name
printf '1021,"Invoice' >"$work/want"
[ "$rc" -eq 0 ] && [ "$(head -n 1 "$work/out")" = "$(printf 'id,summary,client_name\r')" ] &&
	[ "$(grep -c "$(printf '\r')\$" "$work/out")" -ge 1235 ] &&
	grep -q "$(cat "$work/want").*zero.*width\"," "$work/out" &&
	grep -q '^1013,"Controls: bell' "$work/out"
check "csv: CRLF lines, a field with a comma or a control in quotes (RFC 4180)" $?

run list --format tsv --no-headers --page_size 100 --order id --columns id,summary
[ "$rc" -eq 0 ] && [ "$(head -n 1 "$work/out" | cut -f1)" = 1001 ] &&
	grep -q '^1013	Controls: bell.*tab\\t' "$work/out" && grep -q '^1013	.*cr\\r' "$work/out" &&
	[ "$(awk -F '\t' 'NF != 2' "$work/out" | wc -l)" -eq 0 ] && [ "$(wc -l <"$work/out")" -eq 100 ]
check "tsv: no header with --no-headers, tabs and CRs escaped, two fields a line" $?

run list --format plain --page_size 2 --order id --columns id,team
printf 'id: 1001\nteam: ' >"$work/want"
[ "$rc" -eq 0 ] && [ "$(head -c 15 "$work/out")" = "$(cat "$work/want")" ] &&
	[ "$(sed -n 3p "$work/out")" = "" ] && [ "$(sed -n 4p "$work/out")" = "id: 1002" ]
check "plain: FIELD: value lines, a blank line between records" $?

: >"$work/mock.log"
run list --format tsv --no-headers --columns id --all --order id
seq 1001 2234 >"$work/want"
[ "$rc" -eq 0 ] && cmp -s "$work/out" "$work/want" && [ ! -s "$work/err" ] &&
	[ "$(grep -c '"/api/Tickets"' "$work/mock.log")" -eq 13 ]
check "--all: every ticket of the emulator once, in its order, 13 requests of 100, no progress off a terminal" $?

run list --format tsv --no-headers --columns id --all
"$bin" list --format tsv --no-headers --columns id --page_size 100 --page_no 5 >"$work/p5"
[ "$rc" -eq 0 ] && [ "$(wc -l <"$work/out")" -eq 1234 ] && [ "$(sort -u "$work/out" | wc -l)" -eq 1234 ] &&
	[ "$(sed -n 401,500p "$work/out")" = "$(cat "$work/p5")" ]
check "--all in the server's own order matches the pages asked one by one" $?

: >"$work/mock.log"
# On a terminal stderr shows the pages as they come; stdout (a file here) gets only records.
if command -v script >/dev/null 2>&1; then
	script -qec "'$bin' list --all --format tsv --no-headers --columns id >'$work/tty-out'" \
		/dev/null >"$work/tty" 2>&1
	grep -q 'halotui: list: page [0-9]* of 13 (' "$work/tty" && [ "$(wc -l <"$work/tty-out")" -eq 1234 ] &&
		! grep -q page "$work/tty-out"
	check "--all on a terminal: a progress line on stderr, never in the output" $?
fi

: >"$work/mock.log"
run list --agent_id three
[ "$rc" -eq 2 ] && grep -qx 'halotui: list: --agent_id: expected a whole number, got "three"' "$work/err" &&
	! grep -q Tickets "$work/mock.log"
check "a bad value: exit 2 with the parameter table's reason, nothing sent" $?

run list --agnet_id 3
[ "$rc" -eq 2 ] && grep -q 'no flag --agnet_id (did you mean --agent_id?)' "$work/err"
check "an unknown flag: exit 2 with the nearest flag" $?

run list --startdate 2026-13-40
[ "$rc" -eq 2 ] && grep -q 'startdate' "$work/err"
check "a date flag is checked as a date" $?

run list --format yaml
[ "$rc" -eq 2 ] && grep -q 'table, plain, json, jsonl, csv or tsv' "$work/err"
check "an unknown format: exit 2 naming the formats" $?

: >"$work/mock.log"
run list --view "agent three" --page_size 5 --format tsv --columns agent_id --no-headers
[ "$rc" -eq 0 ] && [ "$(sort -u "$work/out")" = 3 ] &&
	grep -q '"query":"[^"]*agent_id=3[^"]*open_only=true' "$work/mock.log"
check "--view NAME: the saved view's parameters are sent" $?

: >"$work/mock.log"
run list --view "agent three" --agent_id=4 --closed_only false --page_size 5
grep -q 'agent_id=4' "$work/mock.log" && grep -q 'closed_only=false' "$work/mock.log" &&
	! grep -q 'agent_id=3' "$work/mock.log"
check "flags win over the view; --NAME=VALUE and --NAME VALUE both work" $?

: >"$work/mock.log"
run list --open_only --page_size 1
[ "$rc" -eq 0 ] && grep -q 'open_only=true' "$work/mock.log"
check "a boolean flag alone means true" $?

run list --view nothing
[ "$rc" -eq 2 ] && grep -q "no saved view called 'nothing'" "$work/err"
check "an unknown view: exit 2" $?

run list --help
[ "$rc" -eq 0 ] && grep -q '^  --agent_id number' "$work/out" && grep -q '^  --open_only true/false' "$work/out" &&
	[ "$(grep -c '^  --[a-z0-9_]* \(number\|id list\|true/false\|text\|decimal\|date\)$' "$work/out")" -eq \
		"$(grep -c '^X(' "${top_srcdir:-.}/src/model/ticket_query_params.def")" ]
check "list --help lists one flag per row of the parameter table" $?

# A summary of 61 plain characters is one too many for a cell: it is cut like a longer one.
"$bin" set 1001 "summary=$(printf '%061d' 7)" >/dev/null
run list --page_size 3 --order id --columns id,summary,team
gap=$(head -n 1 "$work/out" | awk '{ print index($0, "team") - index($0, "summary") }')
[ "$rc" -eq 0 ] && [ "$gap" -eq 62 ] && grep -q '^1001  *0\{57\}\.\.\.  ' "$work/out"
check "table: a cell is cut to 60 columns with ..., 61 plain characters too" $?

finish
