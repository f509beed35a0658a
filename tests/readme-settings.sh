#!/bin/sh
# README's settings table names every row of src/config/settings.def, and nothing else.
set -u
top=${top_srcdir:-.}
def=$(sed -n 's/^X(SETTING_[A-Z_]*, "\([^"]*\)".*/\1/p' "$top/src/config/settings.def" | sort)
# The table: rows from "| setting | default | meaning |" to the first line that is not a row.
table=$(sed -n '/^| setting | default | meaning |$/,/^[^|]/p' "$top/README.md" |
	sed -n 's/^| \([^|]*\) |.*/\1/p' | grep -o '`[a-z_-]*`' | tr -d '`' | sort -u)
if [ "$def" = "$table" ]; then
	echo "PASS: README's settings table matches settings.def"
	exit 0
fi
echo "FAIL: README's settings table and settings.def differ (< settings.def, > README):"
printf '%s\n' "$def" >"${TMPDIR:-/tmp}/readme-settings.$$.def"
printf '%s\n' "$table" | diff "${TMPDIR:-/tmp}/readme-settings.$$.def" - | grep '^[<>]'
rm -f "${TMPDIR:-/tmp}/readme-settings.$$.def"
exit 1
