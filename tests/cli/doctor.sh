#!/bin/sh
# halotui doctor and halotui config paths against halo-mock over http on loopback.
. "${top_srcdir:-.}/tests/cli/lib.sh"
start --tickets 50

run doctor
[ "$rc" -eq 0 ] && [ "$(cut -c1-5 "$work/out" | sort -u | tr -d ' ' | tr '\n' ' ')" = "ok " ] &&
	for c in config profile dns proxy secret tls clock authentication budget outbox; do
		grep -q "^ok  *$c " "$work/out" || exit 1
	done &&
	grep -q '^ok  *tls  *not used (http on loopback)$' "$work/out" &&
	grep -q '^ok  *dns  *127.0.0.1 is 127.0.0.1$' "$work/out" &&
	grep -q '^ok  *secret  *from HALOTUI_CLIENT_SECRET$' "$work/out" &&
	grep -q "^ok  *outbox  *.*/state/halotui/t/outbox: 0 changes waiting" "$work/out" &&
	grep -q '^ok  *budget  *[0-9]* of 300 requests left' "$work/out"
check "doctor: every check passes against halo-mock, TLS not used, exit 0" $?

run doctor --format json
[ "$rc" -eq 0 ] && [ "$("$json" field verdict <"$work/out" | sort -u)" = ok ] &&
	[ "$("$json" field check <"$work/out" | tr '\n' ' ')" = "config profile dns proxy secret tls clock authentication budget outbox " ]
check "doctor --format json: one object a check" $?

printf 'set page-size = many\n' >>"$work/config/halotui/config"
run doctor
[ "$rc" -eq 1 ] && grep -q "^FAIL  *config  *$work/config/halotui/config:5: " "$work/out" &&
	grep -q '^ok  *authentication' "$work/out"
check "doctor: a config error is a FAIL with file:line, the rest still checked, exit 1" $?

start --tickets 50
HALOTUI_CLIENT_SECRET=00000000-0000-0000-0000-000000000000-00000000-0000-0000-0000-000000000000 \
	"$bin" doctor >"$work/out" 2>"$work/err"
rc=$?
[ "$rc" -eq 1 ] && grep -q '^FAIL  *authentication  *.*invalid_client' "$work/out" &&
	! grep -q 00000000 "$work/out"
check "doctor: refused credentials fail authentication" $?

run doctor --profile nosuch
[ "$rc" -eq 1 ] && grep -q "^FAIL  *profile  *no profile 'nosuch'" "$work/out"
check "doctor: an unknown profile fails" $?

run --demo doctor
[ "$rc" -eq 0 ] && grep -q '^ok  *outbox  *not used (--demo)' "$work/out"
check "doctor --demo passes" $?

stop
run doctor
[ "$rc" -eq 1 ] && grep -q '^FAIL  *authentication' "$work/out"
check "doctor: nothing listening fails" $?

run config paths --log "$work/client.log"
[ "$rc" -eq 0 ] && grep -q "^config  *read  *$work/config/halotui/config$" "$work/out" &&
	grep -q "^themes  *read  *$work/config/halotui/themes " "$work/out" &&
	grep -q "^state  *write  *$work/state/halotui/t/" "$work/out" &&
	grep -q "^outbox  *write  *$work/state/halotui/t/outbox" "$work/out" &&
	grep -q "^lookup cache  *write  *$work/cache/halotui/t/" "$work/out" &&
	grep -q "^log  *write  *$work/client.log" "$work/out"
check "config paths: config, themes, state, outbox, cache and log of the selected profile" $?

run config paths --format tsv --no-headers
[ "$rc" -eq 0 ] && [ "$(awk -F '\t' 'NF != 4' "$work/out" | wc -l)" -eq 0 ] &&
	grep -q "^config	read	$work/config/halotui/config	yes$" "$work/out"
check "config paths --format tsv: what, mode, path, exists" $?

run config
[ "$rc" -eq 2 ]
check "config without paths: exit 2" $?

finish
