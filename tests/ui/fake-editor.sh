#!/bin/sh
# An editor for the tests of forms: notes the file it was given and the file's mode in
# $FAKE_EDITOR_LOG, then adds a line to the text, as a person would; with FAKE_EDITOR_FAIL set
# it writes nothing and ends with an error.
printf '%s %s\n' "$1" "$(stat -c %a "$1")" >"$FAKE_EDITOR_LOG"
[ -n "${FAKE_EDITOR_FAIL:-}" ] && exit 3
printf 'Added <by> the editor & me.\n' >>"$1"
