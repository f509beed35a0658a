#!/bin/sh
# The program and its terminal: a clear message without a TTY or with TERM=dumb, options,
# and the terminal restored on every way out (a key, SIGTERM, a crash). Uses script(1) for a
# pseudo-terminal; --demo keeps it off the network (halo-mock on loopback).
. "${top_srcdir:-.}/tests/ui/lib.sh"
hooked=$(cd "${top_builddir:-.}" && pwd)/tests/ui/halotui-hooked
# Only the tmux cases below talk to tmux, each to its own server.
unset TMUX

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

# wait_file FILE PATTERN: like wait_for, on a file the session writes (its request log).
wait_file() {
	until grep -q "$2" "$1" 2>/dev/null; do
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

	# `browser`: o runs it without a shell, the URL as its last argument. Keys go in once the
	# request log shows the list arrived, and Q once the browser wrote its file.
	mkdir -p "$work/browser/halotui"
	printf '#!/bin/sh\nenv >"%s/browser.env"\nprintf "%%s\\n" "$@" >"%s/opened.tmp" && mv "%s/opened.tmp" "%s/opened"\n' \
		"$work" "$work" "$work" "$work" >"$work/browser.sh"
	chmod +x "$work/browser.sh"
	printf 'set browser = "%s" --new-tab\n' "$work/browser.sh" >"$work/browser/halotui/config"
	session browser.out "env -u SSH_TTY -u SSH_CONNECTION HALOTUI_CLIENT_SECRET=not-for-children XDG_CONFIG_HOME=$work/browser TERM=xterm '$bin' --demo --log '$work/browser.log'"
	wait_file "$work/browser.log" "GET /api/Tickets?" && printf 'o' >&3 &&
		wait_file "$work/opened" "ticket?id=" && printf 'Q' >&3
	finish browser.out
	[ "$(head -n 1 "$work/opened" 2>/dev/null)" = "--new-tab" ] &&
		sed -n 2p "$work/opened" | grep -Eq '^http://127.0.0.1:[0-9]+/ticket\?id=1937$'
	check "o runs the browser setting with the URL as its last argument" $?
	grep -q '^XDG_CONFIG_HOME=' "$work/browser.env" && ! grep -q 'not-for-children' "$work/browser.env"
	check "the browser gets the environment without HALOTUI_CLIENT_SECRET" $?

	# refresh-interval: the rows on screen are asked for again on a deadline, with no key.
	mkdir -p "$work/refresh/halotui"
	printf 'set refresh-interval = 1\n' >"$work/refresh/halotui/config"
	page_one() {
		n=$(grep -c "GET /api/Tickets?[^ ]*&page_no=1&" "$work/refresh.log" 2>/dev/null)
		echo "${n:-0}"
	}
	session refresh.out "XDG_CONFIG_HOME=$work/refresh TERM=xterm '$bin' --demo --log '$work/refresh.log'"
	until [ "$(page_one)" -ge 2 ] || ! kill -0 "$spawned" 2>/dev/null; do
		sleep 0.1
	done
	printf 'Q' >&3
	finish refresh.out
	[ "$(page_one)" -ge 2 ]
	check "refresh-interval fetches the rows on screen again" $?

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

# An unknown --profile is named, with the profiles there are; no other profile is tried.
(cd "$work" && XDG_CONFIG_HOME="$work/xdg" "$bin" --headless --profile nosuch \
	--script profile.script --size 12x100)
[ $? -eq 0 ] && grep -q "no profile 'nosuch' in the configuration; profiles: work" "$work/shot" &&
	! grep -q "no url" "$work/shot"
check "an unknown --profile is named with the known ones" $?

# A client_secret in a config file others can read: said in the status bar, kept in
# :messages; the same file readable by its owner alone says nothing.
mkdir -p "$work/readable/halotui"
printf 'profile work\nset client_secret = s3cret\n' >"$work/readable/halotui/config"
printf ':dump-screen readable-shot\n' >"$work/readable.script"
chmod 644 "$work/readable/halotui/config"
(cd "$work" && XDG_CONFIG_HOME="$work/readable" "$bin" --headless --demo \
	--script readable.script --size 12x100)
[ $? -eq 0 ] && tail -n 1 "$work/readable-shot" | grep -q "1 warning, see :messages"
r=$?
chmod 600 "$work/readable/halotui/config"
(cd "$work" && XDG_CONFIG_HOME="$work/readable" "$bin" --headless --demo \
	--script readable.script --size 12x100)
[ $? -eq 0 ] && [ $r -eq 0 ] && ! grep -q "warning" "$work/readable-shot"
check "a client_secret in a file others can read is warned of in the status bar" $?

"$bin" --help >"$work/help"
[ $? -eq 0 ] && grep -q -- "--demo" "$work/help" && grep -q -- "--headless" "$work/help" &&
	grep -q -- "--log FILE" "$work/help"
check "--help lists the options" $?

# The request log: one line per request (method, route, status, time, bytes, retries), and
# never the credentials. The demo's are in src/mock/mock.h.
demo_id=5f1d2c3e-8a4b-4c6d-9e0f-1a2b3c4d5e6f
demo_secret=0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a-a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d
log_ok() { # FILE
	line='^[0-9-]*T[0-9:.]*Z info (GET|POST) /[^ ]* [0-9]+ [0-9]+ms [0-9]+B retries=[0-9]+$'
	grep -Eq "^[0-9-]*T[0-9:.]*Z info POST /auth/token(\?tenant=demo)? [0-9]+ " "$1" &&
		grep -Eq "^[0-9-]*T[0-9:.]*Z info GET /api/Tickets\?[^ ]* 200 " "$1" &&
		! grep -Evq "$line" "$1" &&
		! grep -qi -e "$demo_secret" -e "bearer" -e "authorization" -e "access_token" \
			-e "client_secret" "$1"
}
(cd "$work" && "$bin" --headless --demo --log "$work/requests.log" \
	--script profile.script --size 12x80)
[ $? -eq 0 ] && log_ok "$work/requests.log"
check "--log FILE writes one line per request and no credentials" $?

mkdir -p "$work/logcfg/halotui"
printf 'set log-file = %s\n' "$work/setting.log" >"$work/logcfg/halotui/config"
(cd "$work" && XDG_CONFIG_HOME="$work/logcfg" "$bin" --headless --demo \
	--script profile.script --size 12x80)
[ $? -eq 0 ] && log_ok "$work/setting.log"
check "set log-file writes the request log" $?

"$bin" --demo --log "$work/no/such/dir/log" --headless --script profile.script \
	>/dev/null 2>"$work/err"
[ $? -eq 2 ] && grep -q "cannot open the log .*no/such/dir/log" "$work/err"
check "a --log that cannot be opened is refused" $?

"$bin" --no-such-option >/dev/null 2>"$work/err"
[ $? -eq 2 ] && grep -q "unknown option" "$work/err"
check "an unknown option is refused" $?

"$bin" --headless >/dev/null 2>"$work/err"
[ $? -eq 2 ] && grep -q "needs --script" "$work/err"
check "--headless without a script is refused" $?

"$bin" --headless --script /dev/null --size 24by80 >/dev/null 2>"$work/err"
[ $? -eq 2 ] && grep -q "ROWSxCOLS" "$work/err"
check "a bad --size is refused" $?

# Inside tmux, y goes through tmux's own buffer (tmux drops OSC 52 passthrough by default):
# a real tmux server on a private socket, named by TMUX as tmux itself would.
printf 'y\n:dump-screen copied\n' >"$work/copy.script"
if command -v tmux >/dev/null 2>&1; then
	sock=$work/tmux.sock
	tmux -S "$sock" -f /dev/null new-session -d -x 80 -y 24 "sleep 600"
	tmux_pid=$(tmux -S "$sock" display-message -p '#{pid}')
	(cd "$work" && TMUX="$sock,$tmux_pid,0" "$bin" --headless --demo \
		--script copy.script --size 12x200)
	rc=$?
	url=$(tail -n 1 "$work/copied" |
		sed -n 's|.*copied URL to the tmux buffer and clipboard: \(http://127.0.0.1:[0-9]*/ticket?id=[0-9]*\) .*|\1|p')
	[ $rc -eq 0 ] && [ -n "$url" ] && [ "$(tmux -S "$sock" show-buffer)" = "$url" ]
	check "y inside tmux puts the URL in tmux's buffer and says so" $?

	# osc52 = yes: always the OSC 52 sequence, the tmux buffer is left alone.
	printf ':set osc52 = yes\nY\n:dump-screen copied\n' >"$work/copy-yes.script"
	(cd "$work" && TMUX="$sock,$tmux_pid,0" "$bin" --headless --demo \
		--script copy-yes.script --size 12x200)
	[ $? -eq 0 ] && tail -n 1 "$work/copied" | grep -q "copied id: 1937 " &&
		[ "$(tmux -S "$sock" show-buffer)" = "$url" ]
	check "osc52 = yes copies with OSC 52 even inside tmux" $?

	# A tmux server that is gone: the copy fails, and says so.
	tmux -S "$sock" kill-server
	(cd "$work" && TMUX="$sock,$tmux_pid,0" "$bin" --headless --demo \
		--script copy.script --size 12x200)
	[ $? -eq 0 ] && tail -n 1 "$work/copied" | grep -q "URL not copied: tmux set-buffer failed"
	check "a failed tmux copy says it failed" $?
else
	echo "SKIP: tmux not found: the tmux copy cases cannot run"
fi

echo "cases: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
