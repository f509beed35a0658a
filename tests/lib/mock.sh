# The core every script test shares, sourced by tests/cli/lib.sh and tests/ui/lib.sh: a
# scratch directory removed at exit, checks that count, and halo-mock on a free loopback
# port. Sets bin, mock, work, pid, passed, failed, client_id and secret.
set -u
bin=$(cd "${top_builddir:-.}" && pwd)/src/halotui
mock=$(cd "${top_builddir:-.}" && pwd)/src/halo-mock
# The client of every test profile and the secret halo-mock takes for it.
client_id=5f1d2c3e-8a4b-4c6d-9e0f-1a2b3c4d5e6f
secret=0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a-a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d
pid=""
passed=0
failed=0

# on_fail NAME STATUS [MORE...]: what a failed check shows below its FAIL line, given the
# check's arguments; a script defines its own (after sourcing) to show the files that explain
# a failure. Shows nothing by default.
on_fail() {
	:
}

# on_exit: run at exit before halo-mock is stopped; a script that starts processes of its
# own (a console in the background) defines it to stop them.
on_exit() {
	:
}

# workdir NAME: a fresh $work under $TMPDIR, removed at exit unless KEEP is set (to read
# after a failure), with halo-mock stopped and on_exit run first.
workdir() {
	work=$(mktemp -d "${TMPDIR:-/tmp}/halotui-$1.XXXXXX")
	trap 'on_exit; [ -n "$pid" ] && kill "$pid" 2>/dev/null; [ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
	trap 'exit 130' INT
	trap 'exit 143' TERM
}

# check NAME STATUS [MORE...]: one case, passed when STATUS (usually $?) is 0; counted in
# $passed or $failed and printed as "PASS: NAME" or "FAIL: NAME" followed by on_fail's output
# (MORE is for on_fail: a file to show, say).
check() {
	if [ "$2" -eq 0 ]; then
		passed=$((passed + 1))
		echo "PASS: $1"
	else
		failed=$((failed + 1))
		echo "FAIL: $1"
		on_fail "$@"
	fi
	return 0
}

# summary: the last line, "cases: N passed, M failed", which tests/count-cases sums; its
# status is the script's verdict (0 when nothing failed).
summary() {
	echo "cases: $passed passed, $failed failed"
	[ "$failed" -eq 0 ]
}

# mock_start [HALO-MOCK OPTIONS...]: halo-mock on 127.0.0.1 with a free port, its request log
# in $mock_log (appended to; removed first unless mock_append is set), its output in $mock_out
# and $mock_err ($work/log, $work/out and $work/err unless set). Returns once it listens;
# sets pid, port and base (its URL).
mock_start() {
	mock_log=${mock_log:-$work/log}
	mock_out=${mock_out:-$work/out}
	mock_err=${mock_err:-$work/err}
	[ -n "${mock_append:-}" ] || rm -f "$mock_log"
	: >"$mock_out"
	"$mock" --listen 127.0.0.1:0 --log "$mock_log" "$@" >"$mock_out" 2>"$mock_err" &
	pid=$!
	while kill -0 "$pid" 2>/dev/null && ! grep -q '^listening on' "$mock_out"; do
		sleep 0.1
	done
	port=$(sed -n 's|^listening on http://127.0.0.1:\([0-9][0-9]*\)$|\1|p' "$mock_out")
	base="http://127.0.0.1:$port"
}

# mock_token: an access token from the running halo-mock (client credentials), in $tok.
mock_token() {
	tok=$(curl -s -X POST "$base/auth/token" --data-urlencode grant_type=client_credentials \
		--data-urlencode "client_id=$client_id" --data-urlencode "client_secret=$secret" \
		--data-urlencode scope=all | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
}

# mock_stop: stops halo-mock and waits for it, so its request log is complete.
mock_stop() {
	if [ -n "$pid" ]; then
		kill -TERM "$pid"
		wait "$pid"
		pid=""
	fi
}
