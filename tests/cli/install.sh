#!/bin/sh
# make install into a temporary DESTDIR: the file list, the installed program, man pages that
# groff reads without a warning and that hold every setting, command, role and subcommand,
# the bash, zsh and fish completions loaded and queried, and make uninstall leaving no file.
. "${top_srcdir:-.}/tests/cli/lib.sh"
build=$(cd "${top_builddir:-.}" && pwd)
src=$(cd "${top_srcdir:-.}" && pwd)
dest=$work/dest
prefix=$(sed -n 's/^prefix = //p' "$build/Makefile")
unset MAKEFLAGS MFLAGS
(cd "$build" && ${MAKE:-make} -s install DESTDIR="$dest") >"$work/out" 2>"$work/err"
check "make install DESTDIR=... succeeds" $?
root=$dest$prefix

(cd "$root" && find . -type f | sed 's|^\./||' | sort) >"$work/files"
cat >"$work/want" <<'LIST'
bin/halo-mock
bin/halotui
share/bash-completion/completions/halotui
share/doc/halotui/examples/config.example
share/fish/vendor_completions.d/halotui.fish
share/halotui/themes/default.theme
share/halotui/themes/high-contrast.theme
share/halotui/themes/light.theme
share/halotui/themes/mono.theme
share/halotui/themes/solarized-dark.theme
share/man/man1/halo-mock.1
share/man/man1/halotui.1
share/man/man5/halotui.conf.5
share/zsh/site-functions/_halotui
LIST
cmp -s "$work/files" "$work/want" || diff "$work/want" "$work/files"
check "the installed files: programs, themes, example config, three man pages, completions" $?

"$root/bin/halotui" --version >"$work/out" 2>"$work/err" && grep -q '^halotui [0-9]' "$work/out"
check "the installed halotui runs" $?

(unset HALOTUI_THEMES_DIR; "$root/bin/halotui" config paths) >"$work/out" 2>"$work/err"
grep -q "^themes  *read  *$prefix/share/halotui/themes" "$work/out" &&
	cmp -s "$root/share/halotui/themes/mono.theme" "$src/themes/mono.theme"
check "the installed halotui looks for its themes where they were installed" $?

ok=0
for page in share/man/man1/halotui.1 share/man/man5/halotui.conf.5 share/man/man1/halo-mock.1; do
	groff -ww -man -Tutf8 "$root/$page" >/dev/null 2>"$work/err" && [ ! -s "$work/err" ] || ok=1
done
check "the man pages render with groff -ww without a warning" $ok

roff_name() { printf '%s' "$1" | sed 's/-/\\\\-/g'; }
ok=0
for name in $(sed -n 's/^X([A-Z_0-9]*, "\([^"]*\)".*/\1/p' "$src/src/config/settings.def"); do
	grep -q "^\.B $(roff_name "$name") " "$root/share/man/man5/halotui.conf.5" ||
		{ echo "setting $name missing"; ok=1; }
done
check "halotui.conf.5 has every setting of settings.def" $ok

ok=0
for name in $(sed -n 's/^X(CMD_[A-Z_0-9]*, "\([^"]*\)".*/\1/p' "$src/src/ui/command.def"); do
	grep -q "^\.B $(roff_name "$name")\( \|$\)" "$root/share/man/man5/halotui.conf.5" &&
		grep -q "^\.B $(roff_name "$name")\( \|$\)" "$root/share/man/man1/halotui.1" ||
		{ echo "command $name missing"; ok=1; }
done
for name in $(sed -n 's/^X(ROLE_[A-Z_0-9]*, "\([^"]*\)".*/\1/p' "$src/src/config/roles.def"); do
	grep -q "^\.B $(roff_name "$name")$" "$root/share/man/man5/halotui.conf.5" ||
		{ echo "role $name missing"; ok=1; }
done
for name in $(sed -n 's/^X("\([a-z-]*\)".*/\1/p' "$src/src/cli/subcommands.def"); do
	grep -q "^\.B $(roff_name "$name")\( \|$\)" "$root/share/man/man1/halotui.1" ||
		{ echo "subcommand $name missing"; ok=1; }
done
[ "$(sed -n 's/^X("\([a-z-]*\)".*/\1/p' "$src/src/cli/subcommands.def" | grep -c '^log\(in\|out\)$')" -eq 2 ] || ok=1
grep -q '^\.B k$\|(keys: k, ' "$root/share/man/man1/halotui.1" || ok=1
check "the pages have every command with its keys, every role, every subcommand" $ok

words=$(bash -c '. "$1"; COMP_WORDS=(halotui li); COMP_CWORD=1; _halotui; echo "${COMPREPLY[*]}"
	COMP_WORDS=(halotui list --open_on); COMP_CWORD=2; _halotui; echo "${COMPREPLY[*]}"
	COMP_WORDS=(halotui --format j); COMP_CWORD=2; _halotui; echo "${COMPREPLY[*]}"' _ \
	"$root/share/bash-completion/completions/halotui")
[ "$words" = "$(printf 'list\n--open_only\njson jsonl')" ]
check "bash completion: commands, list's /Tickets flags, format names" $?

zdir=$root/share/zsh/site-functions
if command -v zsh >/dev/null 2>&1; then
	# compinit registers the function from its #compdef line; compadd and _describe are
	# stood in for (they print what they are offered, narrowed by the word typed so far)
	# so the completion runs without a terminal.
	words=$(zsh -f -c 'fpath=("$1" $fpath); autoload -Uz compinit; compinit -u -D
		[[ $_comps[halotui] == _halotui ]] || { print "not registered"; exit 1; }
		compadd() { local a; for a in "$@"; do [[ $a == -- ]] && continue
			[[ $a == ${PREFIX}* ]] && print -r -- $a; done; }
		_describe() { local -a arr; arr=("${(@P)2}"); compadd -- "${arr[@]%%:*}"; }
		_files() { print -r -- "(files)"; }
		try() { words=("$@"); CURRENT=$#; PREFIX=${words[CURRENT]}; _halotui | tr "\n" " "; print; }
		try halotui li; try halotui list --open_on; try halotui --format j
		try halotui billable; try halotui lo; try halotui delete 1 --con' _ "$zdir" 2>&1)
	[ "$words" = "$(printf 'list \n--open_only \njson jsonl \nbillable-project \nlogin logout \n--confirm ')" ]
	check "zsh completion: registered by compinit; commands, list's /Tickets flags, formats, a command's own flags" $?
else
	echo "SKIP: zsh is not installed: its completion is not tested"
fi

fdir=$root/share/fish/vendor_completions.d
if command -v fish >/dev/null 2>&1; then
	words=$(fish -N -c 'source $argv[1]
		for line in "halotui li" "halotui list --open_on" "halotui --format j" \
			"halotui billable" "halotui lo" "halotui delete 1 --con"
			complete -C "$line" | string replace -r "\t.*" "" | string join " "
		end' "$fdir/halotui.fish" 2>&1)
	[ "$words" = "$(printf 'list\n--open_only\njson jsonl\nbillable-project\nlogin logout\n--confirm')" ]
	check "fish completion: commands, list's /Tickets flags, formats, a command's own flags" $?
else
	echo "SKIP: fish is not installed: its completion is not tested"
fi

mkdir -p "$work/cfg/halotui"
sed 's/^#set /set /' "$root/share/doc/halotui/examples/config.example" >"$work/cfg/halotui/config"
XDG_CONFIG_HOME=$work/cfg "$bin" --demo doctor >"$work/out" 2>"$work/err"
grep -q '^ok  *config .*loads without a problem' "$work/out"
check "the example config, every setting uncommented, loads without a problem" $?

(cd "$build" && ${MAKE:-make} -s uninstall DESTDIR="$dest") >"$work/out" 2>"$work/err"
[ -z "$(find "$dest" -type f)" ]
check "make uninstall leaves no file" $?

finish
