#!/bin/sh
# The dependency rule of DESIGN.md section 2, checked on the #include lines of src/.
# Each layer may include only the layers listed for it; libraries are confined too.
set -u
src="${top_srcdir:-.}/src"
fail=0

allowed() {
	case "$1" in
	main) echo "app ui net model config text util mock cli" ;;
	cli) echo "cli net model config text util mock" ;;
	app) echo "app ui net model config text util mock" ;;
	ui) echo "ui model config text util" ;;
	net) echo "net model text util" ;;
	model) echo "model text util" ;;
	config) echo "config model text util" ;;
	text) echo "text util" ;;
	util) echo "util" ;;
	mock) echo "mock util" ;;
	*) echo "" ;;
	esac
}

layer_of() {
	rel=${1#"$src"/}
	case "$rel" in
	*/*) echo "${rel%%/*}" ;;
	*) echo main ;;
	esac
}

for f in $(find "$src" -name '*.[ch]' | sort); do
	layer=$(layer_of "$f")
	ok=$(allowed "$layer")
	base=$(basename "$f")
	for inc in $(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([a-z_]*\)\/.*".*/\1/p' "$f"); do
		case " $ok " in
		*" $inc "*) ;;
		*) echo "FAIL: $f ($layer) includes $inc/"; fail=1 ;;
		esac
	done
	libs=$(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*<\([a-z0-9_-]*\)[/.].*/\1/p' "$f")
	for lib in $libs; do
		case "$lib" in
		curses | ncurses | ncursesw | term | panel | form | menu)
			[ "$layer" = ui ] || { echo "FAIL: $f includes curses outside src/ui"; fail=1; } ;;
		curl)
			# util/url_check.c: libcurl's URL parser only (no transfer), so that the
			# config and the network check URLs with one reading of them.
			case "$layer:$base" in
			net:* | util:url_check.c) ;;
			*) echo "FAIL: $f includes curl outside src/net"; fail=1 ;;
			esac ;;
		json-c | json)
			case "$layer:$base" in
			mock:* | model:*_json.c | model:*_json.h) ;;
			*) echo "FAIL: $f includes json-c outside model/*_json.c and mock"; fail=1 ;;
			esac ;;
		microhttpd)
			[ "$layer" = mock ] || { echo "FAIL: $f includes microhttpd outside src/mock"; fail=1; } ;;
		libxml)
			[ "$layer" = text ] || { echo "FAIL: $f includes libxml outside src/text"; fail=1; } ;;
		esac
	done
done
# microhttpd.h has no directory prefix: check it by name.
for f in $(grep -rl '#include <microhttpd.h>' "$src" 2>/dev/null); do
	[ "$(layer_of "$f")" = mock ] || { echo "FAIL: $f includes microhttpd outside src/mock"; fail=1; }
done
[ $fail -eq 0 ] && echo "layering: every #include follows DESIGN.md section 2"
exit $fail
