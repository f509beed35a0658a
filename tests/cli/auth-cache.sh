#!/bin/sh
# The auth server's address kept between runs: asked once, used for a day, asked again when a
# sign-in with it fails; never a token or a secret in it.
. "${top_srcdir:-.}/tests/cli/lib.sh"
start
kept=$work/cache/halotui/t/authinfo
asked() { grep -c "\"path\":\"$1\"" "$work/mock.log"; }

run list --page_size 1 --format csv --columns id
[ "$rc" -eq 0 ] && [ "$(asked /api/authinfo)" -eq 1 ] && [ -f "$kept" ] &&
	[ "$(stat -c %a "$kept")" = 600 ] &&
	grep -qx "auth_url http://127.0.0.1:$port/auth" "$kept" && grep -qx 'tenant demo' "$kept" &&
	grep -qx "api_url http://127.0.0.1:$port/api" "$kept" &&
	[ -z "$(grep -v '^\(api_url\|auth_url\|tenant\|saved\) ' "$kept")" ] &&
	! grep -q "$HALOTUI_CLIENT_SECRET" "$kept"
check "the first run asks /api/authinfo and keeps its answer (0600, no secret, no token)" $?

: >"$work/mock.log"
run list --page_size 1 --format csv --columns id
[ "$rc" -eq 0 ] && [ "$(asked /api/authinfo)" -eq 0 ] && [ "$(asked /auth/token)" -eq 1 ] &&
	[ "$(asked /api/Tickets)" -eq 1 ]
check "the next run signs in at the kept address: two requests, not three" $?

saved=$(sed -n 's/^saved //p' "$kept")
sed -i "s|^auth_url .*|auth_url http://127.0.0.1:$port/moved|" "$kept"
: >"$work/mock.log"
run list --page_size 1 --format csv --columns id
[ "$rc" -eq 0 ] && [ ! -s "$work/err" ] && [ "$(asked /moved/token)" -eq 1 ] &&
	[ "$(asked /api/authinfo)" -eq 1 ] && [ "$(asked /auth/token)" -eq 1 ] &&
	grep -qx "auth_url http://127.0.0.1:$port/auth" "$kept"
check "a kept address that fails is asked again, and the new answer kept" $?

printf 'api_url http://127.0.0.1:%s/api\nauth_url http://127.0.0.1:%s/moved\nsaved %s\n' \
	"$port" "$port" "$((saved - 86400))" >"$kept"
: >"$work/mock.log"
run list --page_size 1 --format csv --columns id
[ "$rc" -eq 0 ] && [ "$(asked /moved/token)" -eq 0 ] && [ "$(asked /api/authinfo)" -eq 1 ]
check "an answer kept more than a day ago is not used" $?

printf 'api_url http://127.0.0.1:%s/api\nauth_url http://localhost:%s/auth\nsaved %s\n' \
	"$port" "$port" "$saved" >"$kept"
: >"$work/mock.log"
run list --page_size 1 --format csv --columns id
[ "$rc" -eq 0 ] && [ "$(asked /api/authinfo)" -eq 1 ] && [ "$(asked /auth/token)" -eq 1 ]
check "a kept address on another host than the instance's is not used" $?

printf 'api_url http://127.0.0.1:1/api\nauth_url http://127.0.0.1:%s/moved\nsaved %s\n' \
	"$port" "$saved" >"$kept"
: >"$work/mock.log"
run list --page_size 1 --format csv --columns id
[ "$rc" -eq 0 ] && [ "$(asked /moved/token)" -eq 0 ] && [ "$(asked /api/authinfo)" -eq 1 ]
check "an answer kept for another URL is not used" $?

# The console keeps it in the same file: its second start makes one request fewer.
rm -f "$kept"
start
printf ':dump-screen %s\n' "$work/screen" >"$work/script"
console() {
	"$bin" --headless --script "$work/script" --size 24x80 >"$work/out" 2>"$work/err"
	rc=$?
}
console
[ "$rc" -eq 0 ] && [ "$(asked /api/authinfo)" -eq 1 ] && [ -f "$kept" ] &&
	grep -qx "auth_url http://127.0.0.1:$port/auth" "$kept" && grep -q '^ *[0-9]' "$work/screen"
check "the console's first start asks /api/authinfo and keeps the answer in the same file" $?
: >"$work/mock.log"
console
[ "$rc" -eq 0 ] && [ "$(asked /api/authinfo)" -eq 0 ] && [ "$(asked /auth/token)" -eq 1 ] &&
	grep -q '^ *[0-9]' "$work/screen"
check "the console's next start signs in at the kept address" $?

rm -f "$kept"
config_extra="set auth_url = http://127.0.0.1:PORT/auth
set tenant = demo
" start
sed -i "s|PORT|$port|" "$work/config/halotui/config"
run list --page_size 1 --format csv --columns id
[ "$rc" -eq 0 ] && [ "$(asked /api/authinfo)" -eq 0 ] && [ ! -e "$kept" ]
check "a profile naming its auth server and tenant neither asks nor keeps anything" $?

run config paths
grep -q "^auth info  *write  *$kept" "$work/out"
check "config paths names the kept auth server's file" $?

finish
