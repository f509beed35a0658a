#!/bin/sh
# halotui list --all over 10,000 tickets: the emulator's data exactly (ids, count, order).
. "${top_srcdir:-.}/tests/cli/lib.sh"
start --tickets 10000 --state "$work/state.json"

run list --all --format jsonl --columns id --order id
"$json" field id <"$work/out" >"$work/ids"
[ "$rc" -eq 0 ] && [ ! -s "$work/err" ] && [ "$(wc -l <"$work/ids")" -eq 10000 ] &&
	[ "$(grep -c '"/api/Tickets"' "$work/mock.log")" -eq 100 ]
check "--all: 10,000 tickets in 100 requests, nothing on stderr" $?

: >"$work/mock.log"
run list --all --format jsonl
"$json" field id <"$work/out" >"$work/server-order"
first=$("$bin" list --format jsonl --page_size 100 --page_no 1)
middle=$("$bin" list --format jsonl --page_size 100 --page_no 57)
last=$("$bin" list --format jsonl --page_size 100 --page_no 100)
[ "$rc" -eq 0 ] && [ "$(wc -l <"$work/out")" -eq 10000 ] &&
	[ "$(sort -u "$work/server-order" | wc -l)" -eq 10000 ] &&
	[ "$(sed -n 1,100p "$work/out")" = "$first" ] &&
	[ "$(sed -n 5601,5700p "$work/out")" = "$middle" ] &&
	[ "$(sed -n 9901,10000p "$work/out")" = "$last" ]
check "--all in the server's order: every record whole, as the pages asked one by one give them" $?

stop
sed -n 's/^,\{0,1\}{"id":\([0-9]*\),.*/\1/p' "$work/state.json" >"$work/state-ids"
[ "$(wc -l <"$work/state-ids")" -eq 10000 ] && cmp -s "$work/ids" "$work/state-ids"
check "--all --order id: the ids of the emulator's own data, in order" $?

finish
