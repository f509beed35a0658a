#!/bin/sh
# README's table of the GET /api/Tickets parameters halo-mock acts on is the emulator's own
# table (src/mock/tickets_params.c), row for row: regenerate it with
#   tests/mock/print_params and paste the rows under the table's heading.
set -u
top=${top_srcdir:-.}
build=${top_builddir:-.}
table=$(sed -n '/^| parameter | what halo-mock does |$/,/^[^|]/p' "$top/README.md" |
	sed -n '/^| `/p')
want=$("$build/tests/mock/print_params")
if [ "$table" = "$want" ]; then
	echo "PASS: README's halo-mock parameter table matches src/mock/tickets_params.c"
	exit 0
fi
echo "FAIL: README's halo-mock parameter table differs (< tickets_params.c, > README):"
printf '%s\n' "$want" >"${TMPDIR:-/tmp}/readme-params.$$"
printf '%s\n' "$table" | diff "${TMPDIR:-/tmp}/readme-params.$$" - | grep '^[<>]'
rm -f "${TMPDIR:-/tmp}/readme-params.$$"
exit 1
