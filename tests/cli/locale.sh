#!/bin/sh
# Under a locale whose decimal point is a comma (de_DE.UTF-8, compiled here with localedef),
# numbers are read and written with JSON's '.', and UTF-8 text stays whole.
. "${top_srcdir:-.}/tests/cli/lib.sh"
start --tickets 200

# The de_DE source comes with Debian's locales package, which CI installs: there its absence
# fails the test; elsewhere it is skipped with a word.
if ! command -v localedef >/dev/null 2>&1 || [ ! -e /usr/share/i18n/locales/de_DE ]; then
	if [ -z "${CI:-}" ]; then
		echo "SKIP: no de_DE locale source (Debian: apt-get install locales)"
		finish
		exit
	fi
fi
mkdir -p "$work/locale"
localedef -i de_DE -f UTF-8 "$work/locale/de_DE.UTF-8" >"$work/localedef.out" 2>&1
[ -d "$work/locale/de_DE.UTF-8" ] &&
	[ "$(LOCPATH=$work/locale LC_ALL=de_DE.UTF-8 locale decimal_point 2>/dev/null)" = "," ]
check "de_DE.UTF-8 compiled with localedef (from the locales package), its decimal point a comma" $? \
	"$work/localedef.out"

export LOCPATH="$work/locale" LC_ALL=de_DE.UTF-8
# Under the address sanitizer: glibc's own copy of LOCPATH is not a leak of halotui's.
LSAN_OPTIONS="suppressions=$(cd "${top_srcdir:-.}" && pwd)/tests/cli/locale.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export LSAN_OPTIONS
run forecast 1001 --add --agent "yusuf d" --date 2026-12-24 --hours 1.5 --dry-run
[ "$rc" -eq 0 ] && grep -q '"hours":1.5}' "$work/out"
check "forecast --add --hours 1.5 under de_DE: read as one and a half, sent as 1.5" $?

run list --order id --page_size 40 --columns id,user_name,team
LC_ALL=C.UTF-8 "$bin" list --order id --page_size 40 --columns id,user_name,team >"$work/utf8"
[ "$rc" -eq 0 ] && cmp -s "$work/out" "$work/utf8" && LC_ALL=C grep -q '[^ -~]' "$work/out"
check "a table under de_DE: its UTF-8 names whole and aligned, as under C.UTF-8" $?

finish
