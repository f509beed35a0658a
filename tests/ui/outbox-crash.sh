#!/bin/sh
# A crash mid-write: halotui is killed (kill -9) while halo-mock holds its write
# (--hold-writes-ms), so the write never reached the server's data. The next start announces
# the outbox, its pane lists the write as of unknown outcome, resend asks first (Esc keeps
# it), and y sends it: the emulator applies it exactly once. The emulator's data survives its
# own restart in a state file; both runs append to one request log.
. "${top_srcdir:-.}/tests/ui/lib.sh"
client=""
on_exit() {
	[ -n "$client" ] && kill -9 "$client" 2>/dev/null
}
HALOTUI_CLIENT_SECRET=$secret
export HALOTUI_CLIENT_SECRET
d=$work/session
mkdir -p "$d/config/halotui" "$d/state"
# Both emulators log to one file: the last cases count the writes of both.
mock_append=1

on_fail() {
	grep -v '"GET"' "$work/log" | sed 's/^/  log: /' | head -20
}

start_mock() { # OPTIONS...
	mock_start --state "$work/data" "$@"
	profile work >"$d/config/halotui/config"
}

stop_mock() {
	mock_stop
}

halotui() { # SCRIPT-FILE: the console, headless, on profile "work"
	become_console "$d" --profile work --script "$1" --size 24x100
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
