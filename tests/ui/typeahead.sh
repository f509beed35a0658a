#!/bin/sh
# Keys typed ahead of a slow list, in a real terminal (tmux on a private socket) against
# halo-mock answering each request after --latency-ms: moves and Enter typed while a tab's
# first page is on its way wait for it (the list says how many), then apply in order.
. "${top_srcdir:-.}/tests/ui/lib.sh"
unset TMUX
if ! command -v tmux >/dev/null 2>&1; then
	echo "SKIP: tmux not found: keys cannot be typed into a terminal"
	exit 77
fi
sock=$work/tmux.sock

on_exit() {
	tmux -S "$sock" kill-server 2>/dev/null
}

on_fail() {
	[ -f "$work/screen" ] && sed 's/^/  screen: /' "$work/screen"
}

# screen: the terminal's text now, in $work/screen.
screen() {
	tmux -S "$sock" capture-pane -p >"$work/screen"
}

# wait_screen PATTERN: waits (10 s at most) until the terminal shows PATTERN (grep -E).
wait_screen() {
	i=0
	while [ $i -lt 100 ]; do
		screen
		grep -Eq "$1" "$work/screen" && return 0
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}

# keys KEY...: types KEYs (tmux's names) at once, as fast as a terminal takes them.
keys() {
	tmux -S "$sock" send-keys "$@"
}

# console: the console in tmux (24x80) on profile "work" of the running halo-mock, the
# oldest last action first.
console() {
	d=$work/home
	mkdir -p "$d/config/halotui" "$d/state"
	{
		echo 'set sort = lastactiondate'
		profile work
	} >"$d/config/halotui/config"
	tmux -S "$sock" -f /dev/null new-session -d -x 80 -y 24 \
		"cd '$d' && HOME='$d' XDG_CONFIG_HOME='$d/config' XDG_STATE_HOME='$d/state' XDG_CACHE_HOME='$d/cache' HALOTUI_CLIENT_SECRET='$secret' '$bin' --profile work; sleep 600"
}

mock_start --latency-ms 1500
console
wait_screen ' 1 of [0-9]+ *$'
check "the console starts on the slow emulator" $?

# --- j j j typed while tab 3's first page is on its way ---
keys 3 j j j
wait_screen '3 keys typed ahead, kept for the rows'
check "the list says the keys it holds while its page loads" $?
wait_screen ' 4 of [0-9]+ *$'
check "the three j wait for the rows, then move the cursor to the fourth row" $?

# --- Enter typed ahead opens the row the moves before it reached ---
keys 2 j j Enter
wait_screen '^ #[0-9]+ '
check "2 j j Enter typed ahead open a ticket once the page comes" $?
opened=$(sed -n 's/^ #\([0-9][0-9]*\) .*/\1/p' "$work/screen" | head -n 1)
keys q
wait_screen ' 3 of [0-9]+ *$'
third=$(sed -n '6s/^.\{5\} *\([0-9][0-9]*\) .*/\1/p' "$work/screen")
[ -n "$opened" ] && [ "$opened" = "$third" ]
check "the ticket opened is tab 2's third row, where the cursor stays ($opened)" $?

# --- a tab chosen while keys wait: they were the last list's, not this one's ---
keys 4 j j 3 j
wait_screen '\[3 All open' && wait_screen ' [0-9]+ of [0-9]+ *$' &&
	grep -Eq ' 2 of [0-9]+ *$' "$work/screen"
check "4 j j 3 j: the last tab's list gets one j, as if each key had waited its turn" $?

# --- the page never comes: the keys are given up, and the list says so ---
keys 1 j j
wait_screen '2 keys typed ahead, kept'
kill -9 "$pid"
wait "$pid" 2>/dev/null
pid=""
wait_screen '2 keys typed ahead not applied'
check "when the page fails, the list says the two keys typed ahead were not applied" $?

summary
