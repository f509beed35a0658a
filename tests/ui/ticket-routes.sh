#!/bin/sh
# The smaller ticket routes driven from the console against halo-mock: votes, the billable
# project flag, processing a ticket's children. Each asserts the request halo-mock logged and
# the state it saved on exit (--state), so what the console sent is what the emulator did.
. "${top_srcdir:-.}/tests/ui/lib.sh"
work_home

on_fail() { # NAME
	saved_on_fail "$1"
}

# run NAME SCRIPT-LINES: one session against a fresh halo-mock whose state is saved to
# $work/state.json on exit; the screen at the end is in $work/NAME.screen.
run() {
	saved_session "$@"
}

row() { # ID
	saved_row "$1"
}

run vote ':ticket 1008
:vote up same here'
grep -q '"path":"/api/Tickets/vote".*"status":200' "$work/log" &&
	row 1008 | grep -q '"voters":{"[0-9]*":{"your_vote":1,"your_vote_comment":"same here"}}' &&
	grep -q '#1008: voted useful' "$work/vote.screen"
check "vote up with a comment is the agent's own vote on the ticket" $?

run vote-again ':ticket 1008
:vote down
:vote none'
[ "$(grep -c '"path":"/api/Tickets/vote".*"status":200' "$work/log")" -eq 2 ] &&
	! row 1008 | grep -q '"voters":{"'
check "vote down then none takes the vote back" $?

run vote-usage ':ticket 1008
:vote sideways'
! grep -q '/api/Tickets/vote' "$work/log"
check "vote with a word other than up, down or none sends nothing" $?

run billable ':ticket 1008
:billable-project yes'
grep -q '"path":"/api/Tickets/SetBillableProject".*"status":200' "$work/log" &&
	grep -q '#1008: project billable' "$work/billable.screen" &&
	grep -q '"isbillable":true' "$work/state.json"
check "billable-project yes marks the ticket's project billable" $?

# A parent ticket of the generated data: the first row with children.
parent=$(tr -d '\n' <"$work/state.json" | sed 's/},{"id":/}\n{"id":/g' |
	grep -v '"child_count":0' | sed -n 's/^{"id":\([0-9]*\),.*/\1/p' | head -n 1)
run children-no ":ticket $parent
:process-children
:dump-screen asked.screen
<Esc>"
! grep -q 'processchildren' "$work/log" &&
	grep -q "process the [0-9]* child tickets\\? of #$parent (#[0-9]" "$work/asked.screen"
check "process-children asks first, and Esc sends nothing" $?

run children-yes ":ticket $parent
:process-children
y"
[ "$(grep -c '"path":"/api/Tickets/processchildren".*"status":200' "$work/log")" -eq 1 ]
check "process-children sends once y confirms" $?

run children-none ':ticket 1008
:process-children'
! grep -q 'processchildren' "$work/log" && grep -q 'no child tickets' "$work/children-none.screen"
check "process-children on a ticket without children says so" $?

run delete-wrong ':ticket 1008
:delete duplicate of 1007
y
1 0 0 7 <Enter>'
! grep -q '"method":"DELETE"' "$work/log" && ! row 1008 | grep -q '"delete_reason"'
check "delete is not confirmed by y, nor by another ticket's id" $?

run delete ':ticket 1008
:delete duplicate of 1007
:dump-screen asked.screen
1 0 0 8 <Enter>'
grep -q '"method":"DELETE","path":"/api/Tickets/1008","query":"reason=duplicate of 1007","status":200' "$work/log" &&
	row 1008 | grep -q '"delete_reason":"duplicate of 1007"' &&
	grep -q 'delete #1008? type 1008 and Enter' "$work/asked.screen" &&
	[ "$(grep -c '"path":"/api/Tickets","query":"pageinate=true&page_size=50' "$work/log")" -eq 2 ]
check "delete with the id typed sends the reason, and the list loads again" $?

run closures ':ticket 1008
:closures
:closure-add Fixed by the new toner, please confirm
:dump-screen added.screen
:closure-delete
:dump-screen asked.screen
y'
grep -q '"method":"POST","path":"/api/ConfirmClosure".*"status":200' "$work/log" &&
	grep -q '"method":"GET","path":"/api/ConfirmClosure","query":"ticket_id=1008"' "$work/log" &&
	grep -q 'Comment: *Fixed by the new toner, please confirm' "$work/added.screen" &&
	grep -q 'remove closure confirmation [0-9]* of #1008 ("Fixed by the new toner, plea' "$work/asked.screen" &&
	grep -q '"method":"DELETE","path":"/api/ConfirmClosure/[0-9]*".*"status":200' "$work/log" &&
	grep -q 'No closure confirmations' "$work/closures.screen" &&
	! grep -q '"closures":\[{' "$work/state.json"
check "closures lists a ticket's confirmations; closure-add asks one, closure-delete removes it after y" $?

run approval-steps ':ticket 1008
a
:approval-add hiroshi please check the quote
:dump-screen added.screen
:approval-delete
:dump-screen asked.screen
y'
grep -q '"method":"POST","path":"/api/TicketApproval".*"body":"\[{\\"ticket_id\\":1008,\\"agent_id\\":7,\\"note\\":\\"please check the quote\\"}\]"' "$work/log" &&
	grep -q 'Takahashi' "$work/added.screen" &&
	grep -q 'remove approval step [0-9]* of #1008 (Hiroshi Takahashi)?' "$work/asked.screen" &&
	grep -q '"method":"DELETE","path":"/api/TicketApproval/1008&[0-9]*".*"status":200' "$work/log" &&
	! row 1008 | grep -q 'please check the quote'
check "approval-add asks an agent for a step with a note; approval-delete removes it after y" $?

summary
