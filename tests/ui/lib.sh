# Shared by the console tests: the core of tests/lib/mock.sh (scratch $work, check, summary,
# mock_start/mock_token/mock_stop) and what a headless console session needs. Sourced as
# `. "${top_srcdir:-.}/tests/ui/lib.sh"`; $work is named after the script.
. "${top_srcdir:-.}/tests/lib/mock.sh"
workdir "$(basename "$0" .sh)"
# The test client, for a script's own config lines.
id=$client_id

# source_themes: the themes of the source tree (HALOTUI_THEMES_DIR, unless set) before any
# installed ones, made absolute, as sessions run in directories of their own.
source_themes() {
	HALOTUI_THEMES_DIR=$(cd "${HALOTUI_THEMES_DIR:-${top_srcdir:-.}/themes}" && pwd)
	export HALOTUI_THEMES_DIR
}

# profile NAME: the lines of a profile NAME on the running halo-mock, for a config file.
profile() {
	printf 'profile %s\nset url = %s\nset client_id = %s\n' "$1" "$base" "$client_id"
}

# become_console DIR ARGS...: becomes the console (exec) in DIR with DIR as its home (config
# in DIR/config, outbox and state in DIR/state, cache in DIR/cache) and the test client's
# secret; ARGS follow --headless. Call it in a subshell: `(become_console DIR ...) &` makes
# $! the console itself, for a test that kills it.
become_console() {
	d=$1
	shift
	cd "$d" && HOME="$d" XDG_CONFIG_HOME="$d/config" XDG_STATE_HOME="$d/state" \
		XDG_CACHE_HOME="$d/cache" HALOTUI_CLIENT_SECRET=$secret exec "$bin" --headless "$@"
}

# headless DIR ARGS...: become_console in a subshell; its status is the console's.
headless() {
	(become_console "$@")
}

# api PATH: GET /api/PATH from halo-mock with the token mock_token got.
api() {
	curl -s -H "Authorization: Bearer $tok" "$base/api/${1#/}"
}

# bottom FILE: the last line of a screen dump, the status line.
bottom() {
	tail -n 1 "$1"
}

# posted PATH [LOG]: the bodies POSTed to PATH, one a line with quotes unescaped, from the
# request log ($work/log unless given) of a stopped halo-mock.
posted() {
	grep "\"method\":\"POST\",\"path\":\"$1\"" "${2:-$work/log}" |
		sed -n 's/.*"body":"\(\([^"\\]\|\\.\)*\)".*/\1/p' | sed 's/\\"/"/g'
}

# work_home: for scripts whose sessions all share $work: the console's config, cache and
# state in $work/config, $work/cache and $work/state (exported) and the test client's secret
# in the environment.
work_home() {
	XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache XDG_STATE_HOME=$work/state
	HALOTUI_CLIENT_SECRET=$secret
	export XDG_CONFIG_HOME XDG_CACHE_HOME XDG_STATE_HOME HALOTUI_CLIENT_SECRET
	mkdir -p "$work/config/halotui"
}

# work_session SCRIPT-FILE SIZE [ARGS...]: a headless session of profile "work" in $work (see
# work_home) reading SCRIPT-FILE, its errors in $work/stderr; its status is the console's.
work_session() {
	(s=$1 && z=$2 && shift 2 && cd "$work" && "$bin" --headless --script "$s" --size "$z" \
		--profile work "$@" 2>"$work/stderr")
}

# home_session NAME SIZE SCRIPT-LINES [GLOBAL-LINES [PROFILE-LINES]]: one session of profile
# "work" on the running halo-mock in d=$work/NAME, its home (see become_console). Its config
# is GLOBAL-LINES, the profile, then PROFILE-LINES (each left out when empty); it dumps its
# screens in $d, its output goes to $d/stdout and $d/stderr. Its status is the console's.
home_session() {
	d=$work/$1
	mkdir -p "$d/config/halotui" "$d/state"
	{
		[ -z "${4:-}" ] || printf '%s\n' "$4"
		profile work
		[ -z "${5:-}" ] || printf '%s\n' "$5"
	} >"$d/config/halotui/config"
	printf '%s\n' "$3" >"$d/script"
	headless "$d" --profile work --script script --size "$2" >"$d/stdout" 2>"$d/stderr"
}

# saved_session NAME SCRIPT-LINES: (see work_home) one 24x100 session on a fresh halo-mock of
# 300 tickets whose data is saved to $work/state.json when it stops, as it is before
# saved_session returns; the screen at the end is in $work/NAME.screen, followed by the
# console's errors when it failed.
saved_session() {
	rm -f "$work/state.json"
	mock_start --tickets 300 --state "$work/state.json"
	profile work >"$work/config/halotui/config"
	printf '%s\n:dump-screen %s.screen\n' "$2" "$1" >"$work/script"
	if ! work_session script 24x100; then
		echo "halotui exited with an error:" >>"$work/$1.screen"
		cat "$work/stderr" >>"$work/$1.screen"
	fi
	mock_stop
}

# saved_row ID: ticket ID's row in the state the last saved_session's halo-mock saved, as one
# line of JSON (the state holds one row per line after this reformatting; no JSON tool needed).
saved_row() {
	tr -d '\n' <"$work/state.json" | sed 's/},{"id":/}\n{"id":/g' | grep "^{\"id\":$1,"
}

# saved_on_fail NAME: what a failed case of a saved session shows: halo-mock's log and the
# screen at the session's end.
saved_on_fail() {
	sed 's/^/  log: /' "$work/log"
	sed 's/^/  screen: /' "$work/$1.screen" 2>/dev/null
}
