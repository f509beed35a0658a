#!/bin/sh
# Agent sign-in end to end against halo-mock, with a scripted browser (curl following the
# redirects): the loopback listener and the paste-back paths, refused pastes (state, reused
# code, PKCE), the token kept 0600 and rotated, two agents each acting as themselves, the
# tenant and scope sent, logout revoking, a revoked token asking for a login, and no token
# in any log, output or screen.
. "${top_srcdir:-.}/tests/ui/lib.sh"
source_themes

on_fail() { # NAME STATUS [FILE TO SHOW]
	[ $# -ge 3 ] && sed 's/^/  /' "$3" 2>/dev/null
}

mock_log=$work/requests
mock_start --tickets 200
[ -n "$port" ] || { echo "FAIL: halo-mock did not start"; cat "$work/err"; exit 1; }

# The browser: opens the login page, signs in as $LOGIN_AGENT with its form, and follows the
# redirect back to halotui's listener, as a person's browser would.
cat >"$work/browser" <<'EOF'
#!/bin/sh
url=$1
curl -s -o "$LOGIN_DIR/login-page.html" "$url" || exit 1
grep -q 'name="agent_id"' "$LOGIN_DIR/login-page.html" || exit 1
exec curl -s -L -o "$LOGIN_DIR/landing.html" --data "${url#*\?}&agent_id=$LOGIN_AGENT" "${url%%\?*}"
EOF
chmod +x "$work/browser"

mkdir -p "$work/xdg/halotui" "$work/home"
for p in one two ro cmd none port; do
	profile "$p"
	echo "set auth = agent"
	echo "set browser = $work/browser"
done >"$work/xdg/halotui/config"
{
	echo "profile ro"
	echo "set scope = read:tickets"
	echo "profile cmd"
	echo "set token-store-command = $work/vault store"
	echo "set token-load-command = $work/vault load"
	echo "profile none"
	echo "set store-refresh-token = no"
	echo "profile port"
	echo "set redirect_uri = http://127.0.0.1:$((port + 1))/back"
} >>"$work/xdg/halotui/config"
# A secret store: keeps what it reads (empty: forgets), prints it back; argv never has it.
cat >"$work/vault" <<'VAULT'
#!/bin/sh
case $1 in
store) cat >"$LOGIN_DIR/vault.$HALOTUI_PROFILE"; echo "$*" >>"$LOGIN_DIR/vault.argv" ;;
load) cat "$LOGIN_DIR/vault.$HALOTUI_PROFILE" 2>/dev/null ;;
esac
VAULT
chmod +x "$work/vault"
state=$work/state/halotui
run() { # halotui with the test's home; the rest are its arguments
	HOME="$work/home" XDG_CONFIG_HOME="$work/xdg" XDG_STATE_HOME="$work/state" \
		XDG_CACHE_HOME="$work/cache" LOGIN_DIR="$work" "$bin" "$@"
}

# 1. The loopback listener: a local browser (DISPLAY) signs agent 3 in.
DISPLAY=:99 LOGIN_AGENT=3 run login --profile one >"$work/one.out" 2>"$work/one.err"
check "halotui login with a browser signs in" $? "$work/one.err"
grep -q 'safe to close' "$work/landing.html"
check "the listener's page says it is safe to close" $? "$work/landing.html"
test "$(stat -c %a "$state/one/refresh-token" 2>/dev/null)" = 600
check "the refresh token is kept 0600" $?
first_one=$(cat "$state/one/refresh-token")
grep -q '"path":"/auth/token","query":"tenant=demo"' "$work/requests"
check "the token request carries the tenant that /api/authinfo names" $? "$work/requests"
grep -q '"path":"/auth/authorize".*code_challenge_method=S256' "$work/requests"
check "the authorize request asks for PKCE S256" $?

# 2. The paste-back path (over SSH: --no-browser): the URL is printed, the address pasted.
paste_login() { # PROFILE AGENT [WHAT-TO-PASTE: redirect|state|code:CODE]; sets $url
	rm -f "$work/in" "$work/paste.out"
	mkfifo "$work/in"
	(run login --profile "$1" --no-browser <"$work/in" >"$work/paste.out" 2>"$work/paste.err"
		echo $? >"$work/paste.rc") &
	login_pid=$!
	exec 3>"$work/in"
	while ! grep -q '^  http' "$work/paste.out" 2>/dev/null; do sleep 0.05; done
	url=$(sed -n 's/^  \(http.*\)/\1/p' "$work/paste.out" | head -n 1)
	loc=$(curl -s -o /dev/null -w '%{redirect_url}' --data "${url#*\?}&agent_id=$2" "${url%%\?*}")
	case ${3:-redirect} in
	redirect) echo "$loc" >&3 ;;
	state) echo "$loc" | sed 's/state=[^&]*/state=forged/' >&3 ;;
	code:*) echo "${3#code:}" >&3 ;;
	esac
	exec 3>&-
	wait "$login_pid"
	last_code=$(echo "$loc" | sed -n 's/.*[?&]code=\([^&]*\).*/\1/p')
}
paste_login two 4
test "$(cat "$work/paste.rc")" = 0
check "halotui login --no-browser takes the pasted address" $? "$work/paste.err"
grep -q 'Paste that address' "$work/paste.out"
check "it asks for the address the browser was sent to" $? "$work/paste.out"
used_code=$last_code
test -s "$state/two/refresh-token"
check "the pasted sign-in kept its token" $?

paste_login two 4 state
test "$(cat "$work/paste.rc")" = 1 && grep -q 'state' "$work/paste.err"
check "a redirect whose state is not this sign-in's is refused" $? "$work/paste.err"
paste_login two 4 "code:$used_code"
test "$(cat "$work/paste.rc")" = 1 && grep -q 'already been used' "$work/paste.err"
check "a code used once is refused in the server's words" $? "$work/paste.err"
# A code issued to another sign-in's challenge: this one's verifier does not match it.
other=$(curl -s -o /dev/null -w '%{redirect_url}' --data "response_type=code&client_id=5f1d2c3e-8a4b-4c6d-9e0f-1a2b3c4d5e6f&redirect_uri=http://127.0.0.1/&scope=all&state=s&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256&agent_id=4" "$base/auth/authorize")
paste_login two 4 "code:$(echo "$other" | sed -n 's/.*code=\([^&]*\).*/\1/p')"
test "$(cat "$work/paste.rc")" = 1 && grep -q 'code_verifier does not match' "$work/paste.err"
check "a code whose PKCE challenge is another's is refused" $? "$work/paste.err"

# 3. The scope setting is what is asked for.
DISPLAY=:99 LOGIN_AGENT=5 run login --profile ro >/dev/null 2>"$work/ro.err"
grep -q '"path":"/auth/authorize".*scope=read:tickets offline_access' "$work/requests"
check "the scope setting goes with the sign-in (and offline_access)" $? "$work/requests"

# 4. Two agents in the console: each acts as itself; mine lists each its own tickets, and a
# note each sends carries its own name in the ticket's history.
printf ':whoami\n:dump-screen who\n:filter mine=true\n:dump-screen mine\n:note signed in as me\nh\n:dump-screen history\n' \
	>"$work/s.script"
console() { # PROFILE
	(cd "$work" && run --headless --profile "$1" --script s.script --size 14x120 \
		--log "$work/$1.log" >"$work/$1.cout" 2>"$work/$1.cerr")
}
console one
check "the console runs as agent 3" $? "$work/one.cerr"
console two
check "the console runs as agent 4" $? "$work/two.cerr"
cp "$work/who" "$work/who.two"
cp "$work/mine" "$work/mine.two"
cp "$work/history" "$work/history.two"
(cd "$work" && run --headless --profile one --script s.script --size 14x120 >/dev/null 2>&1)
cp "$work/who" "$work/who.one"
cp "$work/mine" "$work/mine.one"
cp "$work/history" "$work/history.one"
bar1=$(tail -n 1 "$work/who.one")
bar2=$(tail -n 1 "$work/who.two")
n1=$(echo "$bar1" | sed -n 's/.*  \([^ ][^(]*[^ ]\) (agent 3), signed in as yourself.*/\1/p')
n2=$(echo "$bar2" | sed -n 's/.*  \([^ ][^(]*[^ ]\) (agent 4), signed in as yourself.*/\1/p')
test -n "$n1"
check ":whoami names agent 3 for the first profile" $? "$work/who.one"
test -n "$n2" && test "$n1" != "$n2"
check ":whoami names agent 4, another, for the second" $? "$work/who.two"
case $bar1 in *" one as $n1 "*) r=0 ;; *) r=1 ;; esac
case $bar2 in *" two as $n2 "*) ;; *) r=1 ;; esac
check "the status bar says who signed in, each their own" $r "$work/who.one"
for n in 1 2; do
	eval "name=\$n$n"
	short=$(printf '%s' "$name" | cut -c1-12)
	rows=$(sed -n '2,12p' "$work/mine.$( [ $n = 1 ] && echo one || echo two)" | grep -c '[0-9][0-9]:[0-9][0-9]')
	own=$(sed -n '2,12p' "$work/mine.$( [ $n = 1 ] && echo one || echo two)" | grep -c -F "$short")
	test -n "$short" && test "$rows" -gt 0 && test "$rows" = "$own"
	check "mine=true lists only agent $((n + 2))'s own tickets" $? "$work/mine.$( [ $n = 1 ] && echo one || echo two)"
done
for n in 1 2; do
	eval "name=\$n$n"
	which=$( [ $n = 1 ] && echo one || echo two)
	# The newest action (first in the history, right of the list) is the note, by this agent.
	newest=$(grep -m 1 '│ [0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] ' "$work/history.$which")
	case $newest in *"│ "*"  $name  Private Note"*) r=0 ;; *) r=1 ;; esac
	grep -q '│   signed in as me' "$work/history.$which" || r=1
	check "a note agent $((n + 2)) sends carries agent $((n + 2))'s name" $r "$work/history.$which"
done
test "$(cat "$state/one/refresh-token")" != "$first_one"
check "the console renewed the token and kept the rotated one" $?

# 5. Logout revokes and forgets; a revoked token asks for a login in the console.
cp "$state/one/refresh-token" "$work/revoked-token"
run logout --profile one >"$work/logout.out" 2>&1
check "halotui logout succeeds" $? "$work/logout.out"
test ! -e "$state/one/refresh-token"
check "logout deletes the kept token" $?
grep -q '"path":"/auth/revoke","query":"tenant=demo","status":200' "$work/requests"
check "logout revokes the token at the server" $? "$work/requests"
cp "$work/revoked-token" "$state/one/refresh-token"
printf ':dump-screen revoked\n' >"$work/r.script"
(cd "$work" && run --headless --profile one --script r.script --size 14x120 >/dev/null 2>&1)
case $(tail -n 1 "$work/revoked") in *"LOGIN NEEDED (:login)"*) r=0 ;; *) r=1 ;; esac
check "a revoked refresh token asks for a login in the status bar" $r "$work/revoked"

# 6. Where the token goes: the token commands, nowhere, and a redirect_uri with its port.
DISPLAY=:99 LOGIN_AGENT=6 run login --profile cmd >"$work/cmd.out" 2>"$work/cmd.err"
check "halotui login hands the token to token-store-command" $? "$work/cmd.err"
test -s "$work/vault.cmd" && test ! -e "$state/cmd/refresh-token" &&
	! grep -q -F -f "$work/vault.cmd" "$work/vault.argv"
check "the store command got the token on stdin, under HALOTUI_PROFILE, not in argv" $?
(cd "$work" && run --headless --profile cmd --script s.script --size 14x120 >/dev/null 2>&1)
case $(tail -n 1 "$work/who") in *"(agent 6), signed in as yourself"*) r=0 ;; *) r=1 ;; esac
check "the console signs in with what token-load-command prints" $r "$work/who"
run logout --profile cmd >"$work/logout.cmd" 2>&1 && test ! -s "$work/vault.cmd"
check "logout gives the store command an empty stdin" $? "$work/logout.cmd"
DISPLAY=:99 LOGIN_AGENT=6 run login --profile none >"$work/none.out" 2>"$work/none.err"
test ! -e "$state/none/refresh-token" && grep -q 'store-refresh-token = no' "$work/none.err"
check "store-refresh-token = no keeps the token nowhere and says so" $? "$work/none.err"
DISPLAY=:99 LOGIN_AGENT=6 run login --profile port >/dev/null 2>"$work/port.err"
check "a redirect_uri with a port is listened on" $? "$work/port.err"
grep -q "redirect_uri=http://127.0.0.1:$((port + 1))/back&" "$work/requests"
check "the sign-in sends the redirect_uri as set" $? "$work/requests"

# 7. :login in the console: the revoked profile signs in again and the bar says who.
printf ':login\n:whoami\n:dump-screen relogin\n' >"$work/l.script"
(cd "$work" && DISPLAY=:99 LOGIN_AGENT=3 run --headless --profile one --script l.script \
	--size 14x120 >/dev/null 2>"$work/relogin.err")
case $(tail -n 1 "$work/relogin") in *"(agent 3), signed in as yourself"*) r=0 ;; *) r=1 ;; esac
case $(tail -n 1 "$work/relogin") in *"LOGIN NEEDED"*) r=1 ;; esac
check ":login signs the console in again" $r "$work/relogin"
sed -n 4p "$work/relogin" | grep -q '[0-9][0-9]:[0-9][0-9]'
check "after :login the list that failed signed out is fetched again" $? "$work/relogin"

# 8. No token anywhere it could leak.
leak=0
for t in "$first_one" "$(cat "$work/revoked-token")" "$(cat "$state/two/refresh-token")"; do
	[ ${#t} -ge 20 ] || { leak=1; continue; }
	grep -l -F -e "$t" "$work"/requests "$work"/*.log "$work"/*.out "$work"/*.err \
		"$work"/*.cout "$work"/*.cerr "$work"/who* "$work"/mine* "$work"/revoked \
		"$work"/paste.out "$work"/relogin* "$work"/vault.argv 2>/dev/null && leak=1
done
test $leak = 0
check "no refresh token in the logs, outputs or screen dumps" $?
summary
