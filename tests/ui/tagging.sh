#!/bin/sh
# Tags and bulk changes against halo-mock: tag (v), tag-pattern (*) with field:value and !,
# untag-all, tags kept across a refresh, `tagged` and its `;` prefix, the preview (y sends,
# Esc sends nothing), a bulk status and a bulk note (the exact bodies from the emulator's
# --log, its state read back over HTTP), one ticket refusing (--write-fault-ticket), and a
# bulk change bigger than the request budget waiting rather than meeting a 429.
. "${top_srcdir:-.}/tests/ui/lib.sh"

on_fail() {
	[ -f "$work/log" ] && sed 's/^/  log: /' "$work/log" | grep -v '"GET"' | head -20
}

start_mock() { # [HALO-MOCK OPTIONS...]
	mock_start "$@"
	mock_token
}

stop_mock() {
	mock_stop
}

# run NAME SCRIPT [CONFIG-LINES]: one session of profile "work" on the running emulator; its
# screens are dumped in $work/NAME/.
run() {
	# The rows these cases name (3146 first, 1828 second) are those of the oldest last action
	# first.
	home_session "$1" 24x100 "$2" "set sort = lastactiondate" "${3:-}"
}

# writes PATH: the bodies POSTed to PATH, one a line, from the stopped emulator's log, sorted:
# a bulk change's writes run side by side, so they may reach the server in any order.
writes() {
	posted "$1" | LC_ALL=C sort
}

status_of() { # TICKET: its status_id as the emulator holds it
	api "/Tickets/$1" | sed -n 's/.*"status_id":\([0-9]*\).*/\1/p' | head -n 1
}

# --- three tagged rows, one bulk status change: preview, y, results ---
start_mock
run status 'v
v
v
:dump-screen tagged
:tagged status In Progress
:dump-screen preview
y
:dump-screen sent'
rc=$?
s3146=$(status_of 3146)
s1828=$(status_of 1828)
s2458=$(status_of 2458)
s2245=$(status_of 2245)
stop_mock
d=$work/status
[ $rc -eq 0 ] && grep -q '^ ●.* 3146 ' "$d/tagged" && grep -q '^ ●.* 1828 ' "$d/tagged" &&
	grep -q '^ ●.* 2458 ' "$d/tagged" && grep -q '^    .* 2245 ' "$d/tagged" &&
	bottom "$d/tagged" | grep -q ' 3 tagged  4 of 2500 *$'
check "v tags the row and moves down: three rows marked, the cursor on the fourth, 3 tagged" $?
[ "$(sed -n '1,5p' "$d/preview" | sed 's/ *$//')" = " status In Progress on 3 tagged tickets
 y sends these writes, n or Esc cancels
 #1828 status: Closed → In Progress
 #2458 status: Closed → In Progress
 #3146 status: Awaiting User → In Progress" ]
check "the preview lists the three writes exactly, one a line, and asks y or n/Esc" $?
[ "$(writes /api/Tickets)" = '[{"id":1828,"status_id":2}]
[{"id":2458,"status_id":2}]
[{"id":3146,"status_id":2}]' ]
check "y sends one POST /Tickets per tagged ticket, with only the status" $?
[ "$s3146" = 2 ] && [ "$s1828" = 2 ] && [ "$s2458" = 2 ] && [ "$s2245" != 2 ]
check "the emulator holds the three tickets In Progress, and only them" $?
grep -q '^ #1828 status: Closed → In Progress  changed *$' "$d/sent" &&
	[ "$(sed -n '1,2p' "$d/sent" | sed 's/ *$//')" = " status In Progress on 3 tagged tickets
 3 of 3 changed" ] &&
	bottom "$d/sent" | grep -q 'bulk status: 3 of 3 changed' &&
	! bottom "$d/sent" | grep -q 'tagged'
check "each row says changed, the bar reports 3 of 3, and the changed tickets are untagged" $?

# --- one ticket refuses: partial failure, kept in the outbox and tagged ---
start_mock --write-fault-ticket 1828
run fault 'v
v
v
:tagged status In Progress
y
:dump-screen sent
:outbox
:dump-screen outbox'
rc=$?
s1828=$(status_of 1828)
s3146=$(status_of 3146)
stop_mock
d=$work/fault
[ $rc -eq 0 ] && [ "$s1828" != 2 ] && [ "$s3146" = 2 ] &&
	[ "$(grep -c '"path":"/api/Tickets","query":"","status":403' "$work/log")" = 1 ] &&
	[ "$(grep -c '"path":"/api/Tickets","query":"","status":200' "$work/log")" = 2 ]
check "with one ticket refusing, the other two are written and it is not" $?
sed -n 1p "$d/sent" | grep -q '^ status In Progress on 3 tagged tickets *$' &&
	sed -n 2p "$d/sent" | grep -q '^ 2 of 3 changed; 1 failed: #1828 403 "You' &&
	grep -q '^ #1828 status: Closed → In Progress  failed: 403 "You do not have permission' \
		"$d/sent" && grep -q '^ #3146 status: Awaiting User → In Progress  changed' "$d/sent" &&
	bottom "$d/sent" | grep -q 'bulk status: 2 of 3 changed; 1 failed: #1828 403' &&
	bottom "$d/sent" | grep -q ' 1 failed  1 tagged '
check "the report says 2 of 3 changed and which failed with the server's code and words" $?
grep -q '#1828 status → In Progress' "$d/outbox" && grep -q 'HTTP 403: You do not have' "$d/outbox"
check "the failed write stays in the outbox, and its ticket stays tagged" $?

# --- Esc cancels the preview: nothing is sent ---
start_mock
run cancel 'v
v
:tagged priority Low
:dump-screen preview
<Esc>
:dump-screen cancelled
:tagged note Never sent
n
:dump-screen no'
rc=$?
stop_mock
d=$work/cancel
[ $rc -eq 0 ] && grep -q '^ #1828 priority: High → Low *$' "$d/preview" &&
	grep -q '^ #3146 priority: Critical → Low *$' "$d/preview" &&
	bottom "$d/cancelled" | grep -q 'bulk priority cancelled: nothing was sent.* 2 tagged ' &&
	grep -q '^ ●.* 3146 ' "$d/cancelled" && bottom "$d/no" | grep -q 'bulk note cancelled' &&
	! grep -q '"method":"POST","path":"/api/' "$work/log"
check "Esc or n cancels the preview: no write reaches the server, the tags stay" $?

# --- tag-pattern with field:value and !, then untag-all ---
start_mock
run pattern ':tag-pattern status:closed !priority:critical
:dump-screen tagged
:untag-all
:dump-screen untagged
*
:dump-screen star'
rc=$?
stop_mock
d=$work/pattern
tagged=$(grep -c '^ ●' "$d/tagged")
closed_not_critical=$(sed -n '3,23p' "$d/tagged" | grep ' Closed ' | grep -vc ' Critical ')
[ $rc -eq 0 ] && [ "$tagged" -gt 0 ] &&
	! grep '^ ●' "$d/tagged" | grep -q -v ' Closed ' &&
	! grep '^ ●' "$d/tagged" | grep -q ' Critical ' &&
	[ "$(sed -n '3,23p' "$d/tagged" | grep -v '^ ●' | grep ' Closed ' | grep -vc ' Critical ')" = 0 ] &&
	[ "$closed_not_critical" = "$tagged" ] &&
	bottom "$d/tagged" | grep -q 'rows match status:closed !priority:critical'
check "tag-pattern status:closed !priority:critical tags exactly the closed rows not critical" $?
! grep -q '●' "$d/untagged" && bottom "$d/untagged" | grep -q 'tickets untagged' &&
	! bottom "$d/untagged" | grep -q ' tagged  '
check "untag-all clears every mark and the count" $?
[ "$(bottom "$d/star" | sed 's/ *$//')" = ':tag-pattern' ]
check "* opens the prompt with tag-pattern" $?

# --- tags survive a refresh; ASCII marks ---
start_mock
run refresh 'v
v
r
:dump-screen refreshed' 'set line-graphics = ascii'
rc=$?
stop_mock
d=$work/refresh
[ $rc -eq 0 ] && grep -q '^ +.* 3146 ' "$d/refreshed" && grep -q '^ +.* 1828 ' "$d/refreshed" &&
	bottom "$d/refreshed" | grep -q ' 2 tagged ' &&
	[ "$(grep -c 'path":"/api/Tickets","query":"[^"]*page_no=1' "$work/log")" -ge 2 ]
check "tags are kept across a refresh of the list, marked + with line-graphics = ascii" $?

# --- the ; prefix: ; c asks for the status, ; x is refused, a bulk note ---
start_mock
run prefix 'v
v
;
:dump-screen waiting
x
:dump-screen refused
;
c
:dump-screen prompt
N e w <Enter>
:dump-screen preview
y
<Esc>
:tagged delete
:dump-screen delete
v
v
;
m
:dump-screen note-prompt
C a l l e d <Space> b a c k <Enter>
:dump-screen note-preview
y
:dump-screen noted'
rc=$?
notes=$(api '/Actions?ticket_id=2245')
stop_mock
d=$work/prefix
[ $rc -eq 0 ] && bottom "$d/waiting" | grep -q "tagged: the next key's command applies to the 2 tagged tickets" &&
	bottom "$d/refused" | grep -q 'todo-done cannot be applied to tagged tickets' &&
	[ "$(bottom "$d/prompt" | sed 's/ *$//')" = ':tagged status' ] &&
	grep -q '^ status New on 2 tagged tickets' "$d/preview"
check "; then c opens :tagged status, ; then x (todo-done) is refused with a sentence" $?
bottom "$d/delete" | grep -q 'delete cannot be applied to tagged tickets: status, priority'
check "tagged delete is refused with a sentence naming what can be applied" $?
[ "$(writes /api/Tickets)" = '[{"id":1828,"status_id":1}]
[{"id":3146,"status_id":1}]' ]
check "the status typed after ; c is sent to both tagged tickets" $?
[ "$(bottom "$d/note-prompt" | sed 's/ *$//')" = ':tagged note' ] &&
	grep -q '^ #2245 note: Called back *$' "$d/note-preview" &&
	grep -q '^ #2458 note: Called back  changed *$' "$d/noted" &&
	[ "$(writes /api/Actions | sed 's/"outcome":"[^"]*"/"outcome":O/')" = \
		'[{"ticket_id":2245,"outcome":O,"note_html":"Called back","hiddenfromuser":true,"sendemail":false}]
[{"ticket_id":2458,"outcome":O,"note_html":"Called back","hiddenfromuser":true,"sendemail":false}]' ] &&
	echo "$notes" | grep -q 'Called back'
check "a bulk note posts one action per tagged ticket and the emulator holds it" $?

# --- tags kept across a sort, pruned once a whole list lacks them; :tagged assign me ---
start_mock
run prune 'v
v
s
:dump-screen sorted
:search "Exchange Online is not working (see attached)"
:dump-screen filtered
:tagged assign me
:dump-screen preview
y'
rc=$?
agent=$(api '/Tickets/3146' | sed -n 's/.*"agent_id":\([0-9]*\).*/\1/p' | head -n 1)
stop_mock
d=$work/prune
[ $rc -eq 0 ] && bottom "$d/sorted" | grep -q ' 2 tagged ' &&
	bottom "$d/filtered" | grep -q ' 1 tagged  1 of 3 *$' && grep -q '^ ●.* 3146 ' "$d/filtered"
check "tags outlive a sort; a whole list without a tagged ticket drops its tag, keeps the others" $?
grep -q '^ #3146 agent: Rosa Takahashi → Demo Agent *$' "$d/preview" &&
	[ "$(writes /api/Tickets)" = '[{"id":3146,"agent_id":2}]' ] && [ "$agent" = 2 ]
check ":tagged assign me assigns the tagged ticket to the signed-in agent" $?

# --- ; C closes the tagged tickets ---
start_mock
run close 'v
;
C
:dump-screen preview
y'
rc=$?
closed=$(status_of 3146)
stop_mock
d=$work/close
[ $rc -eq 0 ] && grep -q '^ #3146 status: Awaiting User → Closed *$' "$d/preview" &&
	[ "$(writes /api/Tickets)" = "[{\"id\":3146,\"status_id\":$closed}]" ] && [ -n "$closed" ]
check "; then C closes every tagged ticket after the preview" $?

# --- a preview longer than the pane scrolls ---
start_mock
run scroll ':tag-pattern !nothing-matches-this
:tagged priority Low
:dump-screen top
G
:dump-screen end
<Esc>'
rc=$?
stop_mock
d=$work/scroll
n=$(bottom "$d/top" | sed -n 's/.* \([0-9][0-9]*\) writes *$/\1/p')
t=$(sed -n 's/^ priority Low on \([0-9][0-9]*\) tagged tickets *$/\1/p' "$d/top")
[ $rc -eq 0 ] && [ "${n:-0}" -gt 22 ] && [ "${t:-0}" -gt "$n" ] &&
	sed -n 2p "$d/top" | grep -q "^ y sends these writes, n or Esc cancels ($((t - n)) already Low" &&
	bottom "$d/top" | grep -q "$n writes to send ($((t - n)) already Low, skipped)" &&
	[ "$(grep -c '^ #[0-9]* priority: ' "$d/top")" = 21 ] &&
	[ "$(grep -c '^ #[0-9]* priority: ' "$d/end")" = 21 ] &&
	[ "$(sed -n '2,23p' "$d/top" | grep '^ #' | head -n 1)" != "$(sed -n '2,23p' "$d/end" | grep '^ #' | head -n 1)" ] &&
	! grep -q '"method":"POST","path":"/api/' "$work/log"
check "a preview longer than the pane scrolls to its last write (G), nothing sent" $?

# --- a bulk change bigger than the request budget waits rather than meets a 429 ---
start_mock --rate-limit 5/2
run budget ':tag-pattern status:closed
:tagged status In Progress
y
:dump-screen sent' 'set request-budget = 5
set budget-window = 2'
rc=$?
stop_mock
d=$work/budget
n=$(writes /api/Tickets | grep -c 'status_id":2')
[ $rc -eq 0 ] && [ "$n" -gt 5 ] && ! grep -q '"status":429' "$work/log" &&
	bottom "$d/sent" | grep -q "bulk status: $n of $n changed"
check "a bulk change of more writes than the budget holds waits: all sent, no 429" $?

# --- tickets already at the value are skipped: not written, said in the preview and report ---
start_mock
run already 'v
v
v
v
:tagged priority Low
:dump-screen preview
y
:dump-screen sent
<Esc>
k
v
:tagged priority low
:dump-screen none'
rc=$?
stop_mock
d=$work/already
[ $rc -eq 0 ] && grep -q '^ #2245 priority: already Low, skipped *$' "$d/preview" &&
	sed -n 1p "$d/preview" | grep -q '^ priority Low on 4 tagged tickets *$' &&
	sed -n 2p "$d/preview" | grep -q '^ y sends these writes, n or Esc cancels (1 already Low' &&
	bottom "$d/preview" | grep -q '3 writes to send (1 already Low, skipped)'
check "a ticket already at the value is listed as skipped in the preview, not as Low → Low" $?
[ "$(writes /api/Tickets | grep -c '"priority_id"')" = 3 ] && ! writes /api/Tickets | grep -q 2245 &&
	bottom "$d/sent" | grep -q 'bulk priority: 3 of 3 changed; 1 already Low, skipped' &&
	! bottom "$d/sent" | grep -q 'tagged'
check "the skipped ticket is not written; the report says 3 of 3 changed, 1 already Low, skipped" $?
bottom "$d/none" | grep -q 'bulk priority: the 1 tagged ticket is already Low' &&
	! grep -q '^ priority Low on' "$d/none"
check "when every tagged ticket is already at the value, nothing is sent and no preview opens" $?

# --- at 40 columns the title says the change and the tickets once, the keys on their own line ---
start_mock
home_session narrow 10x40 'v
v
v
:tagged status In Progress
:dump-screen preview
y
:dump-screen sent' 'set sort = lastactiondate'
rc=$?
stop_mock
d=$work/narrow
[ $rc -eq 0 ] && [ "$(sed -n '1,2p' "$d/preview" | sed 's/ *$//')" = " status In Progress on 3 tagged tickets
 y sends these writes, n or Esc cancels" ] &&
	[ "$(sed -n '1,2p' "$d/sent" | sed 's/ *$//')" = " status In Progress on 3 tagged tickets
 3 of 3 changed" ]
check "at 40 columns the preview's title is whole and y / n / Esc show under it, then the report" $?

# --- bind takes the bulk pane's name ---
start_mock
run bindbulk ':tag-pattern !nothing-matches-this
:tagged priority Critical
:dump-screen top
<C-e>
:dump-screen end
<Esc>' 'bind bulk <C-e> last'
rc=$?
stop_mock
d=$work/bindbulk
[ $rc -eq 0 ] && ! grep -q 'bind' "$d/stderr" && ! bottom "$d/top" | grep -qi 'no pane' &&
	[ "$(sed -n '3p' "$d/top")" != "$(sed -n '3p' "$d/end")" ] &&
	[ "$(grep -c '^ #[0-9]* priority: ' "$d/end")" = 21 ] &&
	! grep -q '"method":"POST","path":"/api/' "$work/log"
check "bind bulk <C-e> last is taken and moves the preview to its last write" $?

# --- the ; prompt with a completed name: the blank completion leaves is not part of it ---
start_mock
run completed 'v
;
p
H i g <Tab> <Enter>
:dump-screen preview
<Esc>'
rc=$?
stop_mock
d=$work/completed
[ $rc -eq 0 ] && grep -q '^ #3146 priority: Critical → High *$' "$d/preview" &&
	! bottom "$d/preview" | grep -q 'no priority is called'
check "; p then a name completed with Tab (a blank after it) previews the change" $?

echo "cases: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
