#!/bin/sh
# halotui new against halo-mock: --dry-run shows the body with names resolved as the console
# resolves them (site among the client's sites, user among the site's users); the emulator
# creates the ticket once; its required fields and CAB refusal come back in Halo's words.
. "${top_srcdir:-.}/tests/cli/lib.sh"
start --tickets 60
posts() { grep -c "\"method\":\"POST\",\"path\":\"$1\"" "$work/mock.log"; }

run new --summary 'Printer on fire' --details 'Smoke <from> tray 2' --client acme --site main \
	--user luis --type serv --priority high --team second --agent demo --category Hardware \
	--deadline 2026-12-24T17:00 --dry-run
printf 'POST /api/Tickets\nContent-Type: application/json\n\n[{"summary":"Printer on fire","details_html":"Smoke &lt;from&gt; tray 2","priority_id":2,"tickettype_id":3,"client_id":2,"site_id":10,"user_id":100,"agent_id":2,"team":"Second Line","category_1":"Hardware","deadlinedate":"2026-12-24T17:00:00Z"}]\n' >"$work/want"
[ "$rc" -eq 0 ] && cmp -s "$work/out" "$work/want" && [ "$(posts /api/Tickets)" -eq 0 ] &&
	grep -q '"path":"/api/Site","query":"client_id=2"' "$work/mock.log" &&
	grep -q '"path":"/api/Users","query":"site_id=10"' "$work/mock.log"
check "new --dry-run: every name resolved, sites by client and users by site, nothing sent" $?

printf 'from a pipe\n' | "$bin" new --summary 'Piped' --details - --format json >"$work/out" \
	2>"$work/err"
rc=$?
id=$("$json" field id <"$work/out")
[ "$rc" -eq 0 ] && [ "$(posts /api/Tickets)" -eq 1 ] && [ "$id" = 1061 ] &&
	"$bin" show 1061 --format tsv --columns summary --no-headers | grep -qx 'Piped' &&
	[ "$("$json" field details <"$work/out")" = 'from a pipe' ]
check "new: one POST creates the ticket, details from standard input, its record on stdout" $?

run new --summary 'Toner' --type 'service request'
[ "$rc" -ne 0 ] && grep -q 'Please select a User' "$work/err" && grep -q 'kept in the outbox' "$work/err"
check "new: a required field's refusal in Halo's words, the write kept in the outbox" $?

run new --summary 'Upgrade' --type change --dry-run
[ "$rc" -eq 0 ] && grep -q '"tickettype_id":5' "$work/out"
run new --summary 'Upgrade' --type change
[ "$rc" -ne 0 ] && grep -q 'Please select the CAB members to approve' "$work/err"
check "new: a Change Request meets the CAB message" $?

run new --details 'no summary'
[ "$rc" -eq 2 ] && grep -q 'wants --summary TEXT' "$work/err"
check "new without --summary is a usage error" $?

run new --summary x --deadline tomorrow
[ "$rc" -eq 2 ] && grep -q "'tomorrow' is not a date" "$work/err"
check "new with a deadline that is no date is a usage error" $?

run new --summary x --site nowhere --client acme
[ "$rc" -eq 2 ] && grep -q 'no site is called "nowhere"; one of: Main (10), Branch South (11), Lab (12)' "$work/err"
check "new with a site the client does not have is refused with the reason" $?

finish
