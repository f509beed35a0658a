#!/bin/sh
# confirm-quit: with changes in the outbox that the server has not accepted, Q (and q on the
# last pane) asks on the status line; y quits, Esc or any other key stays. Runs the real
# binary headless against halo-mock on loopback, with outboxes written by make_outbox.
. "${top_srcdir:-.}/tests/ui/lib.sh"
make_outbox=$(cd "${top_builddir:-.}" && pwd)/tests/ui/make_outbox
mock_out=$work/mock.out
mock_err=$work/mock.err

mock_start
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
		profile work
		[ $# -ge 3 ] && echo "$3"
	} >"$d/config/halotui/config"
	"$make_outbox" "$d/state/halotui/work/outbox" "$2" || exit 1
}

run() { # NAME SCRIPT-TEXT
	d=$work/$1
	printf '%s\n' "$2" >"$d/script"
	headless "$d" --profile work --script script --size 12x100 >"$d/stdout" 2>"$d/stderr"
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
