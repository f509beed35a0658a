#!/bin/sh
# A crash mid-write: halotui is killed (kill -9) while halo-mock holds its write
# (--hold-writes-ms), so the write never reached the server's data. The next start announces
# the outbox, its pane lists the write as of unknown outcome, resend asks first (Esc keeps
# it), and y sends it: the emulator applies it exactly once. The emulator's data survives its
# own restart in a state file; both runs append to one request log.
set -u
bin=$(cd "${top_builddir:-.}" && pwd)/src/halotui
mock=$(cd "${top_builddir:-.}" && pwd)/src/halo-mock
work=$(mktemp -d "${TMPDIR:-/tmp}/halotui-crash.XXXXXX")
pid=""
client=""
cleanup() {
	[ -n "$client" ] && kill -9 "$client" 2>/dev/null
	[ -n "$pid" ] && kill "$pid" 2>/dev/null
	[ -n "${KEEP:-}" ] || rm -rf "$work"
}
trap cleanup EXIT INT TERM
passed=0
failed=0
id=5f1d2c3e-8a4b-4c6d-9e0f-1a2b3c4d5e6f
secret=0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a-a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d
HALOTUI_CLIENT_SECRET=$secret
export HALOTUI_CLIENT_SECRET
d=$work/session
mkdir -p "$d/config/halotui" "$d/state"

check() { # NAME CONDITION-RESULT
	if [ "$2" -eq 0 ]; then
		passed=$((passed + 1))
		echo "PASS: $1"
	else
		failed=$((failed + 1))
		echo "FAIL: $1"
		grep -v '"GET"' "$work/log" | sed 's/^/  log: /' | head -20
	fi
}

start_mock() { # OPTIONS...
	: >"$work/out"
	"$mock" --listen 127.0.0.1:0 --state "$work/data" --log "$work/log" "$@" \
		>"$work/out" 2>"$work/err" &
	pid=$!
	while kill -0 "$pid" 2>/dev/null && ! grep -q '^listening on' "$work/out"; do
		sleep 0.1
	done
	port=$(sed -n 's|^listening on http://127.0.0.1:\([0-9][0-9]*\)$|\1|p' "$work/out")
	printf 'profile work\nset url = http://127.0.0.1:%s\nset client_id = %s\n' "$port" "$id" \
		>"$d/config/halotui/config"
}

stop_mock() {
	kill -TERM "$pid"
	wait "$pid"
	pid=""
}

halotui() { # SCRIPT-FILE: the console, headless, on profile "work"
	cd "$d" && HOME="$d" XDG_CONFIG_HOME="$d/config" XDG_STATE_HOME="$d/state" \
		XDG_CACHE_HOME="$d/cache" exec "$bin" --headless --profile work --script "$1" \
		--size 24x100
}

# 1. The write is held; the console is killed meanwhile.
start_mock --hold-writes-ms 3600000
printf '%s\n' ':ticket 2245' 't' ':todo-add Survives a crash' ':dump-screen never' >"$d/first"
(halotui first >"$work/first.out" 2>&1) &
client=$!
while kill -0 "$client" 2>/dev/null && ! grep -q '"path":"/api/ToDo".*"held_ms"' "$work/log"; do
	sleep 0.1
done
kill -9 "$client"
wait "$client" 2>/dev/null
client=""
# The emulator sees the client hang up and drops the write unapplied.
while ! grep -q '"path":"/api/ToDo".*"status":499' "$work/log"; do
	sleep 0.1
done
stop_mock
[ ! -f "$d/never" ] && [ -s "$d/state/halotui/work/outbox" ]
check "killed mid-write: the write is in the outbox, the session never went on" $?

# 2. The next start.
start_mock
printf '%s\n' ':dump-screen start' 'O' ':dump-screen pane' 'R' ':dump-screen asked' '<Esc>' \
	':dump-screen kept' 'R' 'y' ':dump-screen resent' >"$d/second"
(halotui second >"$work/second.out" 2>&1)
rc=$?
token=$(curl -s -d grant_type=client_credentials -d "client_id=$id" -d "client_secret=$secret" \
	-d scope=all "http://127.0.0.1:$port/auth/token" |
	sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
todos=$(curl -s -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/ToDo?ticket_id=2245")
stop_mock
[ $rc -eq 0 ] && tail -n 1 "$d/start" | grep -q ' 1 unsent change in the outbox, see :outbox'
check "the restart announces the outbox in the status bar" $?
grep -q '^ Outbox: 1 unsent change' "$d/pane" &&
	grep -q '^ #2245 to-do added: "Survives a crash"' "$d/pane" &&
	grep -q '^   POST /ToDo · unknown outcome · just now: check the ticket, then resend or discard' "$d/pane"
check "the outbox pane lists the write: ticket, change in words, route, state, age" $?
tail -n 1 "$d/asked" | grep -q 'may have reached the server: send it again? y/Esc' &&
	grep -q '^ Outbox: 1 unsent change' "$d/kept"
check "resend of a write of unknown outcome asks first; Esc keeps it unsent" $?
grep -q '^ Outbox: 0 unsent changes' "$d/resent" && [ ! -s "$d/state/halotui/work/outbox" ] ||
	grep -q '^ Outbox: 0 unsent changes' "$d/resent"
check "y resends it and the pane empties when the server accepts it" $?
sent=$(grep -c '"method":"POST","path":"/api/ToDo".*"status":200' "$work/log")
held=$(grep -c '"method":"POST","path":"/api/ToDo".*"status":499' "$work/log")
made=$(echo "$todos" | grep -o '"text":"Survives a crash"' | wc -l)
[ "$sent" -eq 1 ] && [ "$held" -eq 1 ] && [ "$made" -eq 1 ]
check "the emulator applied the write exactly once (sent $sent, dropped unapplied $held, made $made)" $?

echo "cases: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
