#!/bin/sh
# A session against a halo-mock serving odd-typed fields on a few tickets (--odd-fields):
# every ticket is listed, and the status bar points at the notes in the messages pane.
set -u
mock=$(cd "${top_builddir:-.}" && pwd)/src/halo-mock
bin=$(cd "${top_builddir:-.}" && pwd)/src/halotui
HALOTUI_THEMES_DIR=$(cd "${HALOTUI_THEMES_DIR:-${top_srcdir:-.}/themes}" && pwd)
export HALOTUI_THEMES_DIR
work=$(mktemp -d "${TMPDIR:-/tmp}/halotui-odd.XXXXXX")
pid=""
cleanup() {
	[ -n "$pid" ] && kill "$pid" 2>/dev/null
	rm -rf "$work"
}
trap cleanup EXIT INT TERM
failed=0
check() { # NAME CONDITION-EXIT-STATUS
	if [ "$2" -eq 0 ]; then
		echo "ok: $1"
	else
		failed=1
		echo "FAIL: $1"
		sed 's/^/  /' "$work/shot" 2>/dev/null
	fi
}

# 60 tickets: 1025 and 1050 carry four odd fields each.
"$mock" --listen 127.0.0.1:0 --tickets 60 --odd-fields yes --log "$work/requests" \
	>"$work/out" 2>"$work/err" &
pid=$!
while kill -0 "$pid" 2>/dev/null && ! grep -q '^listening on' "$work/out"; do
	sleep 0.05
done
port=$(sed -n 's|^listening on http://127.0.0.1:\([0-9][0-9]*\)$|\1|p' "$work/out")
[ -n "$port" ] || { echo "FAIL: halo-mock did not start"; cat "$work/err"; exit 1; }

mkdir -p "$work/xdg/halotui" "$work/home"
{
	echo "profile odd"
	echo "set url = http://127.0.0.1:$port"
	echo "set client_id = 5f1d2c3e-8a4b-4c6d-9e0f-1a2b3c4d5e6f"
	echo "set client_secret_command = printf 0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a-a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"
} >"$work/xdg/halotui/config"
printf ':dump-screen shot\nr\n:dump-screen again\n' >"$work/odd.script"
(cd "$work" && HOME="$work/home" XDG_CONFIG_HOME="$work/xdg" XDG_STATE_HOME="$work/state" \
	XDG_CACHE_HOME="$work/cache" "$bin" --headless --profile odd --script odd.script \
	--size 12x100 >stdout 2>stderr)
check "halotui ran the session" $?
bar=$(tail -n 1 "$work/shot")
case $bar in *"8 odd fields, see :messages"*) r=0 ;; *) r=1 ;; esac
check "the status bar counts the odd fields of the page" $r
case $bar in *"1 of 60"*) r=0 ;; *) r=1 ;; esac
check "the page with odd fields is listed whole" $r
test "$(grep -c '"path":"/api/Tickets"' "$work/requests")" -ge 2
check "the list was asked of halo-mock, then again on r" $?
bar=$(tail -n 1 "$work/again")
case $bar in *"8 odd fields, see :messages"*) r=0 ;; *) r=1 ;; esac
check "a refreshed page notes the same fields once" $r
exit $failed
