#!/bin/sh
# The program and its terminal: a clear message without a TTY or with TERM=dumb, options,
# and the terminal restored on every way out (a key, SIGTERM, a crash). Uses script(1) for a
# pseudo-terminal; --demo keeps it off the network (halo-mock on loopback).
set -u
bin=$(cd "${top_builddir:-.}" && pwd)/src/halotui
hooked=$(cd "${top_builddir:-.}" && pwd)/tests/ui/halotui-hooked
work=$(mktemp -d "${TMPDIR:-/tmp}/halotui-term.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
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

# What endwin sends, from terminfo: rmcup (leave the alternate screen) and cnorm (show the
# cursor again).
restored() {
	grep -qF "$(tput -T xterm rmcup)" "$1" && grep -qF "$(tput -T xterm cnorm)" "$1"
}

# session NAME COMMAND: runs COMMAND on a pseudo-terminal (script(1)) in the background,
# its output in $work/NAME, its keys from what is written to fd 3, its exit status (as the
# shell says it: 128+N for signal N) in $work/NAME.status and its pid in $work/NAME.pid.
session() {
	rm -f "$work/in" "$work/$1.status" "$work/$1.pid"
	mkfifo "$work/in"
	script -qec "sh -c 'echo \$\$ >\"$work/$1.pid\"; $2; echo \$? >\"$work/$1.status\"'" \
		/dev/null <"$work/in" >"$work/$1" 2>&1 &
	spawned=$!
	exec 3>"$work/in"
}

# wait_for NAME PATTERN: waits until the session's output matches PATTERN (a basic regular
# expression); fails when the session ended without it.
wait_for() {
	until grep -q "$2" "$work/$1" 2>/dev/null; do
		kill -0 "$spawned" 2>/dev/null || return 1
		sleep 0.1
	done
}

# finish NAME: closes the keys, waits for the session and sets $status to its exit status.
finish() {
	exec 3>&-
	wait "$spawned"
	status=$(cat "$work/$1.status" 2>/dev/null || echo none)
}

# quits NAME COMMAND PATTERN: a session that is sent Q once PATTERN is on its screen; true
# when it exited with status 0 and restored the terminal.
quits() {
	session "$1" "$2"
	wait_for "$1" "$3" && printf 'Q' >&3
	finish "$1"
	[ "$status" = 0 ] && restored "$work/$1"
}

"$bin" </dev/null >"$work/out" 2>"$work/err"
rc=$?
[ $rc -eq 2 ] && grep -q "needs a terminal" "$work/err"
check "without a TTY it says it needs a terminal" $?

if command -v script >/dev/null 2>&1; then
	TERM=dumb script -qec "TERM=dumb '$bin'" /dev/null >"$work/dumb" 2>&1
	rc=$?
	[ $rc -eq 2 ] && grep -q "TERM is dumb" "$work/dumb"
	check "TERM=dumb is refused with a clear message" $?

	# A failed newterm leaks ncurses' own screen record: not ours to free.
	TERM=no-such-term ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
		script -qec "TERM=no-such-term '$bin'" /dev/null >"$work/noterm" 2>&1
	rc=$?
	[ $rc -eq 2 ] && grep -q "no-such-term.*ncurses-term" "$work/noterm" &&
		! grep -q "halotui: halotui" "$work/dumb" "$work/noterm"
	check "an unknown TERM is refused with what to do about it" $?

	# client_secret_command runs before curses takes the terminal (a password manager may
	# ask on it): what it writes to the terminal comes before the alternate screen.
	mkdir -p "$work/secret/halotui"
	printf 'set url = http://127.0.0.1:9\nset client_id = x\nset client_secret_command = sh -c "printf SECRET-ASKED >/dev/tty; echo s"\n' >"$work/secret/halotui/config"
	session secret.out "XDG_CONFIG_HOME=$work/secret TERM=xterm '$bin'"
	wait_for secret.out " halotui " && printf 'Q' >&3
	finish secret.out
	asked=$(grep -abo "SECRET-ASKED" "$work/secret.out" | head -n 1 | cut -d: -f1)
	screen=$(grep -abo "$(printf '\033\\[?1049h')" "$work/secret.out" | head -n 1 | cut -d: -f1)
	[ -n "$asked" ] && [ -n "$screen" ] && [ "$asked" -lt "$screen" ]
	check "client_secret_command runs before curses takes the terminal" $?

	quits quit "TERM=xterm '$bin' --demo" " DEMO "
	check "Q quits and restores the terminal" $?

	for sig in TERM SEGV; do
		session sig "TERM=xterm '$bin' --demo"
		wait_for sig " DEMO " && kill -s "$sig" "$(pgrep -P "$(cat "$work/sig.pid")")"
		finish sig
		restored "$work/sig"
		check "SIG$sig restores the terminal" $?
	done

	# A fault on the network thread (its first reply, while parsing): the terminal is
	# restored and the process still dies of the signal. Only the test build has the hook.
	session fault "TERM=xterm HALOTUI_TEST_WORKER_FAULT=1 '$hooked' --demo"
	finish fault
	[ "$status" = 139 ] && grep -qF "$(tput -T xterm smcup)" "$work/fault" &&
		restored "$work/fault"
	check "a fault on the network thread restores the terminal and dies of SIGSEGV" $?

	# The release program has no such hook: the variable changes nothing.
	quits nohook "TERM=xterm HALOTUI_TEST_WORKER_FAULT=1 '$bin' --demo" " of [0-9]"
	check "the release program ignores HALOTUI_TEST_WORKER_FAULT" $?
else
	echo "script(1) not found: the pseudo-terminal cases cannot run"
	failed=$((failed + 1))
fi

# The profile that `default-profile` chooses is named in the status bar, as --profile's is.
mkdir -p "$work/xdg/halotui"
printf 'set default-profile = work\nprofile work\nset url = http://127.0.0.1:9\nset client_id = x\nset client_secret_command = printf s\n' >"$work/xdg/halotui/config"
printf ':dump-screen shot\n' >"$work/profile.script"
(cd "$work" && XDG_CONFIG_HOME="$work/xdg" "$bin" --headless --script profile.script --size 12x80)
[ $? -eq 0 ] && tail -n 1 "$work/shot" | grep -q "^ halotui work "
check "the status bar names the profile default-profile chose" $?
(cd "$work" && XDG_CONFIG_HOME="$work/xdg" "$bin" --headless --demo --script profile.script --size 12x80)
[ $? -eq 0 ] && tail -n 1 "$work/shot" | grep -q "^ halotui  DEMO "
check "the demo names no profile: it talks to its own halo-mock" $?

"$bin" --help >"$work/help"
[ $? -eq 0 ] && grep -q -- "--demo" "$work/help" && grep -q -- "--headless" "$work/help"
check "--help lists the options" $?

"$bin" --no-such-option >/dev/null 2>"$work/err"
[ $? -eq 2 ] && grep -q "unknown option" "$work/err"
check "an unknown option is refused" $?

"$bin" --headless >/dev/null 2>"$work/err"
[ $? -eq 2 ] && grep -q "needs --script" "$work/err"
check "--headless without a script is refused" $?

"$bin" --headless --script /dev/null --size 24by80 >/dev/null 2>"$work/err"
[ $? -eq 2 ] && grep -q "ROWSxCOLS" "$work/err"
check "a bad --size is refused" $?

echo "cases: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
