#!/bin/sh
# Sessions of the real binary against a hostile server on loopback (tests/hostile/
# hostile-server), one variant each: the message shown, the peak memory of the run (printed,
# and held under a bound far below what the unbounded program took), the keys after the
# hostile answer still handled, and the requests the server saw (nothing retried that must
# not be, no secret where it must not go).
set -u
bin=$(cd "${top_builddir:-.}" && pwd)/src/halotui
srv=$(cd "${top_builddir:-.}" && pwd)/tests/hostile/hostile-server
HALOTUI_THEMES_DIR=$(cd "${HALOTUI_THEMES_DIR:-${top_srcdir:-.}/themes}" && pwd)
export HALOTUI_THEMES_DIR
work=$(mktemp -d "${TMPDIR:-/tmp}/halotui-hostile.XXXXXX")
pid=""
cleanup() {
	[ -n "$pid" ] && kill "$pid" 2>/dev/null
	rm -rf "$work"
}
trap cleanup EXIT INT TERM
HALOTUI_CLIENT_SECRET=0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a-a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d
export HALOTUI_CLIENT_SECRET
failed=0
passed=0

check() { # NAME CONDITION-EXIT-STATUS
	if [ "$2" -eq 0 ]; then
		passed=$((passed + 1))
		echo "ok: $1"
	else
		failed=$((failed + 1))
		echo "FAIL: $1"
		for f in shot messages log stderr; do
			[ -f "$work/$f" ] && { echo "  -- $f"; sed 's/^/  /' "$work/$f" | head -40; }
		done
	fi
}

# run VARIANT SCRIPT-LINES [CONFIG-LINES]: one session against a fresh hostile server. The
# screen after SCRIPT-LINES is in $work/shot, the messages pane then in $work/messages, the
# requests in $work/log, the peak resident memory (KiB) in $work/rss.
# serve VARIANT [CONFIG-LINES]: a fresh hostile server, and a config that points at it.
serve() {
	rm -f "$work/port" "$work/log" "$work/shot" "$work/messages" "$work/rss"
	rm -rf "$work/xdg" "$work/state" "$work/cache"
	"$srv" "$1" "$work/port" "$work/log" 2>"$work/server.err" &
	pid=$!
	while kill -0 "$pid" 2>/dev/null && [ ! -s "$work/port" ]; do
		sleep 0.05
	done
	port=$(cat "$work/port")
	mkdir -p "$work/xdg/halotui" "$work/home"
	{
		printf '%s\n' "${2:-}"
		echo "profile hostile"
		echo "set url = http://127.0.0.1:$port"
		echo "set client_id = 5f1d2c3e-8a4b-4c6d-9e0f-1a2b3c4d5e6f"
	} >"$work/xdg/halotui/config"
}

stop_server() {
	kill "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	pid=""
}

run() {
	serve "$1" "${3:-}"
	printf '%s\n:dump-screen shot\n:messages\n:dump-screen messages\n' "$2" >"$work/script"
	start=$(date +%s)
	(cd "$work" && HOME="$work/home" XDG_CONFIG_HOME="$work/xdg" XDG_STATE_HOME="$work/state" \
		XDG_CACHE_HOME="$work/cache" "$srv" --measure "$work/rss" -- "$bin" --headless \
		--profile hostile --script script --size 24x200 >stdout 2>stderr)
	status=$?
	echo "  $1: peak RSS $(cat "$work/rss" 2>/dev/null) KiB, $(($(date +%s) - start)) s"
	stop_server
	return $status
}

has() { # FILE TEXT: whether FILE holds TEXT
	grep -qF -- "$2" "$work/$1"
}

count() { # PATTERN: requests in the last run's log matching the extended regex
	grep -cE -- "$1" "$work/log"
}

# Sanitizer builds carry shadow memory: their bounds are eight times as wide.
factor=1
ldd "$bin" 2>/dev/null | grep -qE 'lib(a|t|ub)san' && factor=8

rss_under() { # KIB
	[ "$(cat "$work/rss")" -lt $(($1 * factor)) ]
}

# 100000000000 matches, then G: the count is not believed and costs nothing.
run huge-count "G"
check "huge count: the session ran" $?
has messages "record_count: 100000000000 is not believed" && ! has shot "100000000000" &&
	rss_under 102400
check "huge count: noted, not shown, and the memory stays under 100 MB" $?
run int64-count "G"
has messages "record_count: 9223372036854775807 is not believed" && rss_under 102400
check "a count of INT64_MAX is not believed either" $?

# No count: a full page means more; G walks to the end page by page.
run missing-count "G
G
G"
check "missing count: the session ran" $?
[ "$(count 'page_no=3')" -ge 1 ] && has shot "105 of 105"
check "missing count: full pages ask for the next, and the short one ends the list" $?

run missing-count ""
has shot "1 of 50+"
check "missing count: the status says more may follow" $?

# An endless body and a gzip bomb: refused at max-reply-size, never asked twice.
run endless "j" "set max-reply-size = 1"
check "endless body: the session ran" $?
has shot "the reply is larger than max-reply-size: GET /Tickets: over 1 MiB, refused and not asked again" &&
	[ "$(count '^GET /api/Tickets\?')" -eq 1 ] && rss_under 102400
check "endless body: refused with its route, once (a key does not ask again), in bounded memory" $?
# The default limit (64 MiB): the figure is printed; the bound is the limit and its copies.
run endless ""
has shot "over 64 MiB, refused and not asked again" && rss_under 307200
check "endless body under the default limit: refused at 64 MiB" $?
run gzip-bomb "j" "set max-reply-size = 1"
has shot "the reply is larger than max-reply-size: GET /Tickets: over 1 MiB, refused and not asked again" &&
	[ "$(count '^GET /api/Tickets\?')" -eq 1 ] && rss_under 102400
check "gzip bomb: the decoded bytes count, refused once, in bounded memory" $?

run big-length "" "set max-reply-size = 1"
has shot "the reply is larger than max-reply-size: GET /Tickets: over 1 MiB, refused and not asked again" &&
	[ "$(count '^GET /api/Tickets\?')" -eq 1 ]
check "a Content-Length over the limit: refused before the body, once" $?

# A trickle of one byte a second ends at the low-speed floor or request-timeout.
run trickle "" "set low-speed-time = 2
set request-timeout = 4"
check "trickle: the session ends" $?
has shot "request-timeout 4 s, low-speed-time 2 s" && has shot "Operation too slow" &&
	[ "$(count '^GET /api/Tickets\?')" -eq 1 ]
check "trickle: a clear error, and the slow reply is not asked again" $?

# The same trickle under request-timeout alone: the whole request has an end too.
run trickle "" "set request-timeout = 2"
has shot "Operation timed out after" && has shot "request-timeout 2 s" &&
	[ "$(count '^GET /api/Tickets\?')" -eq 1 ]
check "trickle: request-timeout ends the request whatever the speed" $?

# An HTML 500: its title, cleaned.
run html-500 ""
has shot "the server failed (5xx): Backend exploded & burned"
check "HTML 500: the page's title is shown" $?

# A nonsense token lifetime: one token, said once.
run negative-expiry "<Enter>
j
k
r"
[ "$(count '^POST /auth/token')" -eq 1 ] &&
	has messages "expires_in: -100 s is not a token lifetime; taken as 3600 s"
check "negative expiry: one token request, and a note" $?

# A lookup cut short: asked again with the next page (no key for it), and on r.
run cut-lookups "G"
[ "$(count '^GET /api/Status')" -eq 2 ] && has shot "Fresh" && ! has shot "#1 "
check "cut lookup: asked again when the next page comes, and names show" $?
run cut-lookups "r"
[ "$(count '^GET /api/Status')" -ge 2 ] && has shot "Fresh" && ! has shot "#1 "
check "cut lookup: asked again on r, and names show" $?

# Hostile labels and a NUL: no escape reaches the screen, the text after the NUL stays.
run plain "<Enter>"
! grep -q "$(printf '\033')" "$work/shot" && has shot "Evil" && has shot "after"
check "labels are cleaned and the text past a NUL stays" $?

# A 50 MB detail: shown cut, the keys after it handled, memory bounded.
run big-detail "<Enter>
G"
check "50 MB detail: the session ran" $?
has shot "detail cut at 512 KB of 50.0 MB" && rss_under 524288
check "50 MB detail: cut with a note, keys still handled, memory bounded" $?

# authinfo names another host: the secret is not sent anywhere.
run authinfo-elsewhere ""
[ "$(count 'client_secret')" -eq 0 ] && has shot "127.0.0.2"
check "authinfo elsewhere: refused with its host, no secret sent" $?

# wait_pty FILE PATTERN: until FILE matches PATTERN (extended) or the session ended.
wait_pty() {
	until grep -qE "$2" "$work/$1" 2>/dev/null || ! kill -0 "$spawned" 2>/dev/null; do
		sleep 0.1
	done
}

# pty VARIANT WAIT-PATTERN [OPEN]: the program on a pseudo-terminal (script(1)) against
# VARIANT with the default settings; with OPEN, Enter opens the first ticket once the list
# shows. Once the server's log matches WAIT-PATTERN (the hostile answer is under way or
# arrived), M must open the messages pane and Q must quit with status 0.
pty() {
	serve "$1"
	rm -f "$work/in" "$work/pty.status"
	mkfifo "$work/in"
	script -qec "env HOME='$work/home' XDG_CONFIG_HOME='$work/xdg' XDG_STATE_HOME='$work/state' \
		XDG_CACHE_HOME='$work/cache' TERM=xterm '$bin' --profile hostile; \
		echo \$? >'$work/pty.status'" /dev/null <"$work/in" >"$work/pty" 2>&1 &
	spawned=$!
	exec 3>"$work/in"
	if [ -n "${3:-}" ]; then
		wait_pty pty ' of 3'
		printf '\r' >&3
	fi
	wait_pty log "$2"
	printf 'M' >&3
	wait_pty pty 'No messages'
	printf 'Q' >&3
	exec 3>&-
	wait "$spawned"
	stop_server
	grep -q "No messages" "$work/pty" && [ "$(cat "$work/pty.status" 2>/dev/null)" = 0 ]
}

if command -v script >/dev/null 2>&1; then
	pty trickle '^GET /api/Tickets\?'
	check "on a terminal, keys are answered while a reply trickles in, and Q quits" $?
	pty big-detail '^GET /api/Tickets/' open
	check "on a terminal, a 50 MB detail leaves the keys answered" $?
fi

echo "cases: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
