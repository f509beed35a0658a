# Shared by the command tests: halo-mock on a free loopback port, a config whose profile
# points at it, checks that count (the core in tests/lib/mock.sh). Sourced; sets bin, mock,
# json, work.
. "${top_srcdir:-.}/tests/lib/mock.sh"
json=$(cd "${top_builddir:-.}" && pwd)/tests/cli/json_check
workdir cli
mock_log=$work/mock.log
mock_out=$work/mock.out
mock_err=$work/mock.err
HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_STATE_HOME=$work/state
XDG_CACHE_HOME=$work/cache
export HOME XDG_CONFIG_HOME XDG_STATE_HOME XDG_CACHE_HOME
unset HALOTUI_URL HALOTUI_AUTH_URL HALOTUI_TENANT HALOTUI_CLIENT_ID
HALOTUI_CLIENT_SECRET=$secret
export HALOTUI_CLIENT_SECRET
mkdir -p "$HOME" "$work/config/halotui"

on_fail() { # a failed check shows the start of the last command's output
	for f in out err; do
		[ -s "$work/$f" ] && head -c 2000 "$work/$f" | cat -v | sed "s/^/  $f: /"
	done
}

# start [HALO-MOCK OPTIONS]: a fresh halo-mock (its request log in $work/mock.log) and a
# config with the profile `t` pointing at it, selected by default.
start() {
	stop
	mock_start "$@"
	printf 'set default-profile = t\nprofile t\nset url = %s\nset client_id = %s\n%s' \
		"$base" "$client_id" "${config_extra:-}" >"$work/config/halotui/config"
}

stop() {
	mock_stop
}

# run ARGS...: halotui ARGS, output in $work/out and $work/err, exit code in $rc.
run() {
	"$bin" "$@" >"$work/out" 2>"$work/err"
	rc=$?
}

finish() {
	stop
	summary
}
