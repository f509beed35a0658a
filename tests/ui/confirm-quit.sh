#!/bin/sh
# confirm-quit: with changes in the outbox that the server has not accepted, Q (and q on the
# last pane) asks on the status line; y quits, Esc or any other key stays. Runs the real
# binary headless against halo-mock on loopback, with outboxes written by make_outbox.
set -u
bin=$(cd "${top_builddir:-.}" && pwd)/src/halotui
mock=$(cd "${top_builddir:-.}" && pwd)/src/halo-mock
make_outbox=$(cd "${top_builddir:-.}" && pwd)/tests/ui/make_outbox
work=$(mktemp -d "${TMPDIR:-/tmp}/halotui-quit.XXXXXX")
pid=""
cleanup() {
	[ -n "$pid" ] && kill "$pid" 2>/dev/null
	[ -n "${KEEP:-}" ] || rm -rf "$work"
}
trap cleanup EXIT INT TERM
passed=0
failed=0

check() { # NAME CONDITION-RESULT
	if [ "$2" -eq 0 ]; then
		passed=$((passed + 1))
		echo "PASS: $1"
	else
		failed=$((failed + 1))
		echo "FAIL: $1"
	fi
}

"$mock" --listen 127.0.0.1:0 >"$work/mock.out" 2>"$work/mock.err" &
pid=$!
while kill -0 "$pid" 2>/dev/null && ! grep -q '^listening on' "$work/mock.out"; do
	sleep 0.1
done
port=$(sed -n 's|^listening on http://127.0.0.1:\([0-9][0-9]*\)$|\1|p' "$work/mock.out")
if [ -z "$port" ]; then
	echo "FAIL: halo-mock did not start"
	cat "$work/mock.err"
	exit 1
fi

# A session of profile "work" on halo-mock whose outbox holds N unsent changes.
setup() { # NAME N [CONFIG-LINE]
	d=$work/$1
	mkdir -p "$d/config/halotui" "$d/state/halotui/work"
	{
		echo "profile work"
		echo "set url = http://127.0.0.1:$port"
		echo "set client_id = 5f1d2c3e-8a4b-4c6d-9e0f-1a2b3c4d5e6f"
		[ $# -ge 3 ] && echo "$3"
	} >"$d/config/halotui/config"
	"$make_outbox" "$d/state/halotui/work/outbox" "$2" || exit 1
}

run() { # NAME SCRIPT-TEXT
	d=$work/$1
	printf '%s\n' "$2" >"$d/script"
	(cd "$d" && HOME="$d" XDG_CONFIG_HOME="$d/config" XDG_STATE_HOME="$d/state" \
		HALOTUI_CLIENT_SECRET=0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a-a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d \
		"$bin" --headless --profile work --script script --size 12x100 >stdout 2>stderr)
}

bottom() { # FILE: the status line
	tail -n 1 "$1"
}

setup asked 2
run asked ':dump-screen before
Q
:dump-screen question
<Esc>
:dump-screen stayed
Q
j
:dump-screen other-key
q
:dump-screen back
y
:dump-screen gone'
rc=$?
d=$work/asked
[ $rc -eq 0 ] && bottom "$d/question" | grep -q "^ 2 unsent changes in the outbox: quit anyway? y/Esc *$"
check "Q with unsent changes asks on the status line" $?
[ -f "$d/stayed" ] && ! bottom "$d/stayed" | grep -q "unsent" &&
	[ "$(head -n 11 "$d/stayed")" = "$(head -n 11 "$d/before")" ]
check "Esc cancels the question and the console stays" $?
[ -f "$d/other-key" ] && bottom "$d/other-key" | grep -q " 1 of 2500 *$" &&
	[ "$(head -n 11 "$d/other-key")" = "$(head -n 11 "$d/before")" ]
check "any other key cancels, and is not acted on" $?
bottom "$d/back" | grep -q "2 unsent changes in the outbox: quit anyway?"
check "q on the last pane asks too" $?
[ ! -f "$d/gone" ]
check "y quits" $?

setup one 1
run one 'Q
:dump-screen question'
bottom "$work/one/question" | grep -q "^ 1 unsent change in the outbox: quit anyway? y/Esc"
check "one unsent change is counted in the singular" $?

setup no-confirm 2 "set confirm-quit = no"
run no-confirm 'Q
:dump-screen after'
[ $? -eq 0 ] && [ ! -f "$work/no-confirm/after" ]
check "confirm-quit = no quits at once" $?

setup empty 0
run empty 'Q
:dump-screen after'
[ $? -eq 0 ] && [ ! -f "$work/empty/after" ]
check "an empty outbox quits at once" $?

echo "cases: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
