#!/bin/sh
# Every exit code of the commands provoked against halo-mock's faults, with the one-line
# error on stderr (a JSON object with --format json).
. "${top_srcdir:-.}/tests/cli/lib.sh"
secret=$HALOTUI_CLIENT_SECRET

start --tickets 100
run show 1001
[ "$rc" -eq 0 ] && [ ! -s "$work/err" ]
check "0: done, nothing on stderr" $?

run show 4242
[ "$rc" -eq 4 ] && [ "$(wc -l <"$work/err")" -eq 1 ] && grep -q '^halotui: show: no such record (404)' "$work/err"
check "4: an unknown ticket, one line on stderr" $?

run show 4242 --format json
[ "$rc" -eq 4 ] && [ "$(wc -l <"$work/err")" -eq 1 ] &&
	[ "$("$json" field exit_code <"$work/err")" = 4 ] && [ "$("$json" field command <"$work/err")" = show ] &&
	"$json" field error <"$work/err" | grep -q '404'
check "4 with --format json: the error is one JSON object" $?

run list --page_size=abc
[ "$rc" -eq 2 ] && [ "$(wc -l <"$work/err")" -eq 1 ]
check "2: a bad value" $?

run frobnicate
[ "$rc" -ne 0 ]
check "a word that is no command is not taken for one (the console refuses it)" $?

run show 1001 extra
[ "$rc" -eq 2 ]
check "2: a word too many" $?

HALOTUI_CLIENT_SECRET=00000000-0000-0000-0000-000000000000-00000000-0000-0000-0000-000000000000
run show 1001
HALOTUI_CLIENT_SECRET=$secret
[ "$rc" -eq 3 ] && grep -q 'invalid_client' "$work/err" && ! grep -q 00000000 "$work/err"
check "3: credentials refused, the secret not repeated" $?

run show 1001 --profile nosuch
[ "$rc" -eq 1 ] && grep -q "no profile 'nosuch'" "$work/err"
check "1: a profile the config does not have" $?

start --tickets 100 --rate-limit 1/3600 --retry-after yes
run show 1001 --no-retry
run show 1001 --no-retry
[ "$rc" -eq 5 ] && grep -q '429' "$work/err"
check "5: rate limited (--no-retry: at once)" $?

start --tickets 100 --fail-rate 1
run show 1001 --no-retry
[ "$rc" -eq 7 ] && grep -q '5xx' "$work/err"
check "7: the server failed" $?

start --tickets 100 --fail-rate 1
run show 1001
[ "$rc" -eq 7 ] && [ "$(grep -c '"/api/Tickets/1001"' "$work/mock.log")" -eq 4 ]
check "7 after the retries: a GET is tried four times without --no-retry" $?

start --tickets 100 --drop-rate 1
run list --no-retry
[ "$rc" -eq 6 ] && grep -q 'network error' "$work/err"
check "6: the answer was cut" $?

stop
run show 1001
[ "$rc" -eq 6 ]
check "6: nothing listens" $?

run --help
[ "$rc" -eq 0 ] && grep -q '^  login  *signs you in' "$work/out" && grep -q '^  logout  *revokes' "$work/out"
check "login and logout are commands of the one table: --help lists them" $?

run --profile nosuch logout
[ "$rc" -eq 1 ] && grep -q "no profile 'nosuch'" "$work/err"
check "logout: a profile named before the command reaches it; an unknown one exits 1" $?

run login --no-such-flag
[ "$rc" -eq 2 ] && grep -q '^usage: halotui login \[--profile NAME\] \[--no-browser\]' "$work/err"
check "login with a flag it does not take: exit 2 with its usage" $?

finish
