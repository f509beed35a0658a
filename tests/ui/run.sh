#!/bin/sh
# Scripted sessions: runs src/halotui --headless on each tests/ui/cases/NAME.script and
# compares every screen it dumps (":dump-screen SHOT") with tests/ui/cases/NAME.SHOT.screen;
# a dumped screen without its file fails, as does an expected one that was not dumped.
# HALOTUI_UPDATE_SCREENS=1 writes the screens back to the source tree instead (for review).
. "${top_srcdir:-.}/tests/ui/lib.sh"
src=$(cd "${top_srcdir:-.}/tests/ui/cases" && pwd)
source_themes
# Copies go through tmux's buffer inside tmux: the cases expect OSC 52, wherever they run.
unset TMUX

run_case() {
	name=$1
	script=$src/$name.script
	dir=$work/$name
	mkdir -p "$dir"
	# The first line of a script may hold options: "#! --size 24x80 --demo".
	opts=$(sed -n '1s/^#! *//p' "$script")
	[ -n "$opts" ] || opts="--size 24x80"
	# A case may bring its config file (NAME.config) and a theme (NAME.theme, found as the
	# theme NAME); its state starts empty.
	xdg=$work/$name.xdg
	mkdir -p "$xdg/config/halotui/themes" "$xdg/state"
	[ -f "$src/$name.config" ] && cp "$src/$name.config" "$xdg/config/halotui/config"
	[ -f "$src/$name.theme" ] && cp "$src/$name.theme" "$xdg/config/halotui/themes/"
	# shellcheck disable=SC2086
	if ! (cd "$dir" && HOME="$xdg" XDG_CONFIG_HOME="$xdg/config" XDG_STATE_HOME="$xdg/state" \
		"$bin" --headless --script "$script" $opts >stdout 2>stderr); then
		echo "FAIL: $name: halotui exited with an error"
		sed 's/^/  /' "$dir/stderr"
		return 1
	fi
	ok=0
	if [ "${HALOTUI_UPDATE_SCREENS:-0}" = 1 ]; then
		for shot in $(cd "$dir" && ls); do
			case $shot in stdout | stderr) continue ;; esac
			cp "$dir/$shot" "$src/$name.$shot.screen"
		done
		return 0
	fi
	for expected in "$src/$name".*.screen; do
		[ -f "$expected" ] || continue
		shot=${expected#"$src/$name".}
		shot=${shot%.screen}
		if [ ! -f "$dir/$shot" ]; then
			echo "FAIL: $name: no screen $shot was dumped"
			ok=1
		elif ! diff -u --label "expected $name.$shot" --label "actual" "$expected" "$dir/$shot"; then
			echo "FAIL: $name: screen $shot differs"
			ok=1
		fi
	done
	# A screen the script dumps must be compared with something: a new one needs its file.
	for shot in $(cd "$dir" && ls); do
		case $shot in stdout | stderr) continue ;; esac
		if [ ! -f "$src/$name.$shot.screen" ]; then
			echo "FAIL: $name: screen $shot was dumped but $name.$shot.screen does not exist"
			echo "  (HALOTUI_UPDATE_SCREENS=1 writes it, for review)"
			ok=1
		fi
	done
	return $ok
}

for script in "$src"/*.script; do
	name=$(basename "$script" .script)
	if run_case "$name"; then
		passed=$((passed + 1))
		echo "PASS: $name"
	else
		failed=$((failed + 1))
	fi
done
echo "cases: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
