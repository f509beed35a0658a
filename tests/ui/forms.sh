#!/bin/sh
# Forms against halo-mock on loopback: a note written partly in the `editor` (a script that
# edits the file) and an edit of one field are sent; the request log (--log) holds the exact
# bodies, and the emulator's saved state (--state) the changes. An editor that fails leaves
# the text as it was and nothing is sent.
. "${top_srcdir:-.}/tests/ui/lib.sh"
editor=$(cd "${top_srcdir:-.}" && pwd)/tests/ui/fake-editor.sh
HALOTUI_CLIENT_SECRET=$secret
export HALOTUI_CLIENT_SECRET
# The editor's temporary file goes here, where the test can see that it is gone after.
TMPDIR=$work/tmp
FAKE_EDITOR_LOG=$work/editor.log
export TMPDIR FAKE_EDITOR_LOG
mkdir -p "$TMPDIR"

on_fail() {
	sed 's/^/  /' "$work/log" "$work/stderr" 2>/dev/null
	cat "$work/screen" 2>/dev/null
}

# run SCRIPT-LINES: one session against a fresh halo-mock of 50 tickets; its requests are then
# in $work/log, its state in $work/state.json, its last screen in $work/screen.
run() {
	rm -f "$work/state.json" "$work/screen" "$FAKE_EDITOR_LOG"
	mock_start --tickets 50 --state "$work/state.json"
	mkdir -p "$work/config/halotui"
	{
		# The rows these cases name (1026 second) are those of the oldest last action first.
		printf 'set editor = %s\nset sort = lastactiondate\n' "$editor"
		profile work
	} >"$work/config/halotui/config"
	printf '%s\n:dump-screen screen\n' "$1" >"$work/script"
	if ! headless "$work" --script script --size 24x80 --profile work 2>"$work/stderr"; then
		failed=$((failed + 1))
		echo "FAIL: halotui exited with an error"
		sed 's/^/  /' "$work/stderr"
	fi
	mock_stop
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

summary
