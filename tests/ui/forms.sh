#!/bin/sh
# Forms against halo-mock on loopback: a note written partly in the `editor` (a script that
# edits the file) and an edit of one field are sent; the request log (--log) holds the exact
# bodies, and the emulator's saved state (--state) the changes. An editor that fails leaves
# the text as it was and nothing is sent.
set -u
bin=$(cd "${top_builddir:-.}" && pwd)/src/halotui
mock=$(cd "${top_builddir:-.}" && pwd)/src/halo-mock
editor=$(cd "${top_srcdir:-.}" && pwd)/tests/ui/fake-editor.sh
work=$(mktemp -d "${TMPDIR:-/tmp}/halotui-forms.XXXXXX")
pid=""
cleanup() {
	[ -n "$pid" ] && kill "$pid" 2>/dev/null
	[ -n "${KEEP:-}" ] || rm -rf "$work"
}
trap cleanup EXIT INT TERM
passed=0
failed=0
HALOTUI_CLIENT_SECRET=0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a-a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d
export HALOTUI_CLIENT_SECRET
# The editor's temporary file goes here, where the test can see that it is gone after.
TMPDIR=$work/tmp
FAKE_EDITOR_LOG=$work/editor.log
export TMPDIR FAKE_EDITOR_LOG
mkdir -p "$TMPDIR"

check() { # NAME CONDITION-RESULT
	if [ "$2" -eq 0 ]; then
		passed=$((passed + 1))
		echo "PASS: $1"
	else
		failed=$((failed + 1))
		echo "FAIL: $1"
		sed 's/^/  /' "$work/log" "$work/stderr" 2>/dev/null
		cat "$work/screen" 2>/dev/null
	fi
}

# run SCRIPT-LINES: one session against a fresh halo-mock of 50 tickets; its requests are then
# in $work/log, its state in $work/state.json, its last screen in $work/screen.
run() {
	rm -f "$work/log" "$work/state.json" "$work/screen" "$FAKE_EDITOR_LOG"
	"$mock" --listen 127.0.0.1:0 --tickets 50 --log "$work/log" --state "$work/state.json" \
		>"$work/out" 2>"$work/err" &
	pid=$!
	while kill -0 "$pid" 2>/dev/null && ! grep -q '^listening on' "$work/out"; do
		sleep 0.1
	done
	port=$(sed -n 's|^listening on http://127.0.0.1:\([0-9][0-9]*\)$|\1|p' "$work/out")
	mkdir -p "$work/config/halotui"
	# The rows these cases name (1026 second) are those of the oldest last action first.
	printf 'set editor = %s\nset sort = lastactiondate\nprofile work\nset url = http://127.0.0.1:%s\nset client_id = 5f1d2c3e-8a4b-4c6d-9e0f-1a2b3c4d5e6f\n' \
		"$editor" "$port" >"$work/config/halotui/config"
	printf '%s\n:dump-screen screen\n' "$1" >"$work/script"
	if ! (cd "$work" && HOME="$work" XDG_CONFIG_HOME="$work/config" \
		XDG_STATE_HOME="$work/state" XDG_CACHE_HOME="$work/cache" \
		"$bin" --headless --script script --size 24x80 --profile work 2>"$work/stderr"); then
		failed=$((failed + 1))
		echo "FAIL: halotui exited with an error"
		sed 's/^/  /' "$work/stderr"
	fi
	kill -TERM "$pid"
	wait "$pid"
	pid=""
}

# The body of the one request to PATH in the log, as the log quotes it.
body() {
	grep -F "\"method\":\"POST\",\"path\":\"$1\"" "$work/log" | sed -n 's/.*"body":"\(.*\)"}$/\1/p'
}

# The note: typed, then the editor adds a line; outcome, new status and time from the form.
run 'j m
T y p e d <Space> f i r s t .
<C-e>
<Tab> p r i v <Enter> <Tab> <Tab> <Tab> <Enter> i n <Space> p r o <Enter> <Tab> 1 h 3 0 <Tab>
<C-s>'
expected='[{\"ticket_id\":1026,\"outcome\":\"Private Note\",\"outcome_id\":5,\"note_html\":\"Typed first.<br>Added &lt;by&gt; the editor &amp; me.\",\"hiddenfromuser\":true,\"new_status\":2,\"timetaken\":1.5,\"sendemail\":false}]'
[ "$(body /api/Actions)" = "$expected" ]
check "a note from its form is sent once, as typed and edited, escaped as HTML" $?

grep -q '"id":1026,"flags":[0-9]*,"status_id":2,' "$work/state.json" &&
	grep -qF '"note_html":"Typed first.<br>Added &lt;by&gt; the editor &amp; me."' "$work/state.json"
check "the emulator holds the note and the new status it asked for" $?

read -r file mode <"$FAKE_EDITOR_LOG" && [ "$mode" = 600 ] && [ ! -e "$file" ] &&
	case $file in "$TMPDIR"/*) true ;; *) false ;; esac
check "the editor got a private file in TMPDIR, removed after" $?

# The edit: only the changed field goes, and the emulator takes it.
run 'j e <Tab> c l o s e d <Enter> <C-s>'
[ "$(body /api/Tickets)" = '[{\"id\":1026,\"status_id\":9}]' ] &&
	grep -q '"id":1026,"flags":[0-9]*,"status_id":9,' "$work/state.json"
check "an edit sends only the changed field, and the emulator holds it" $?

# A field's picker: `:priority` without a name, narrowed, chosen: sent at once.
run 'j
:priority
l o w <Enter>'
[ "$(body /api/Tickets)" = '[{\"id\":1026,\"priority_id\":4}]' ]
check "a field command without its argument picks the value and sends it" $?

# An editor that fails: the text stays as typed, the reason shows, nothing is sent.
FAKE_EDITOR_FAIL=1 run 'j m
K e p t <C-e>'
[ -z "$(body /api/Actions)" ] && grep -q '^> Note  *Kept$' "$work/screen" &&
	grep -q 'the editor fake-editor.sh ended with status 3; the text is kept' "$work/screen"
check "an editor that fails keeps the typed text and sends nothing" $?

echo "forms: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
