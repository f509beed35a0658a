# Shared by the command tests: halo-mock on a free loopback port, a config whose profile
# points at it, checks that count. Sourced; sets bin, mock, json, work.
set -u
bin=$(cd "${top_builddir:-.}" && pwd)/src/halotui
mock=$(cd "${top_builddir:-.}" && pwd)/src/halo-mock
json=$(cd "${top_builddir:-.}" && pwd)/tests/cli/json_check
work=$(mktemp -d "${TMPDIR:-/tmp}/halotui-cli.XXXXXX")
pid=""
passed=0
failed=0
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_STATE_HOME=$work/state
XDG_CACHE_HOME=$work/cache
export HOME XDG_CONFIG_HOME XDG_STATE_HOME XDG_CACHE_HOME
unset HALOTUI_URL HALOTUI_AUTH_URL HALOTUI_TENANT HALOTUI_CLIENT_ID
HALOTUI_CLIENT_SECRET=0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a-a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d
export HALOTUI_CLIENT_SECRET
mkdir -p "$HOME" "$work/config/halotui"

check() { # NAME CONDITION-EXIT-STATUS
	if [ "$2" -eq 0 ]; then
		passed=$((passed + 1))
		echo "PASS: $1"
	else
		failed=$((failed + 1))
		echo "FAIL: $1"
		for f in out err; do
			[ -s "$work/$f" ] && head -c 2000 "$work/$f" | cat -v | sed "s/^/  $f: /"
		done
	fi
	return 0
}

# start [HALO-MOCK OPTIONS]: a fresh halo-mock (its request log in $work/mock.log) and a
# config with the profile `t` pointing at it, selected by default.
start() {
	stop
	rm -f "$work/mock.log"
	: >"$work/mock.out"
	"$mock" --listen 127.0.0.1:0 --log "$work/mock.log" "$@" >"$work/mock.out" \
		2>"$work/mock.err" &
	pid=$!
	while kill -0 "$pid" 2>/dev/null && ! grep -q '^listening on' "$work/mock.out"; do
		sleep 0.1
	done
	port=$(sed -n 's|^listening on http://127.0.0.1:\([0-9][0-9]*\)$|\1|p' "$work/mock.out")
	printf 'set default-profile = t\nprofile t\nset url = http://127.0.0.1:%s\nset client_id = 5f1d2c3e-8a4b-4c6d-9e0f-1a2b3c4d5e6f\n%s' \
		"$port" "${config_extra:-}" >"$work/config/halotui/config"
}

stop() {
	if [ -n "$pid" ]; then
		kill -TERM "$pid"
		wait "$pid"
		pid=""
	fi
}

# run ARGS...: halotui ARGS, output in $work/out and $work/err, exit code in $rc.
run() {
	"$bin" "$@" >"$work/out" 2>"$work/err"
	rc=$?
}

finish() {
	stop
	echo "cases: $passed passed, $failed failed"
	[ "$failed" -eq 0 ]
}
