#!/bin/sh
# A session against a halo-mock serving odd-typed fields on a few tickets (--odd-fields):
# every ticket is listed, and the status bar points at the notes in the messages pane.
. "${top_srcdir:-.}/tests/ui/lib.sh"
HALOTUI_THEMES_DIR=$(cd "${HALOTUI_THEMES_DIR:-${top_srcdir:-.}/themes}" && pwd)
export HALOTUI_THEMES_DIR

on_fail() {
	sed 's/^/  /' "$work/shot" 2>/dev/null
}

# 60 tickets: 1025 and 1050 carry four odd fields each.
mock_log=$work/requests
mock_start --tickets 60 --odd-fields yes
[ -n "$port" ] || { echo "FAIL: halo-mock did not start"; cat "$work/err"; exit 1; }

mkdir -p "$work/xdg/halotui" "$work/home"
{
	profile odd
	echo "set client_secret_command = printf $secret"
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
summary
