#!/bin/sh
# New tickets: the real binary runs scripted sessions against halo-mock on loopback. A ticket
# written in the form (client, then its site, then the site's user) is created with one
# POST /Tickets whose exact body the emulator logs, and opens; Halo's refusals (plain text,
# a validation class, the CAB) stay on the form with what was typed; drafts go to a file and
# to POST /Draft, or to the file alone after a 404; a draft survives kill -9 while the form
# is being written and is offered at the next start.
. "${top_srcdir:-.}/tests/ui/lib.sh"
client=""
on_exit() {
	[ -n "$client" ] && kill -9 "$client" 2>/dev/null
}
HALOTUI_CLIENT_SECRET=$secret
TZ=UTC
export HALOTUI_CLIENT_SECRET TZ

on_fail() {
	[ -f "$work/log" ] && grep -v '"GET"' "$work/log" | sed 's/^/  log: /' | head -20
	[ -f "$work/stderr" ] && sed 's/^/  stderr: /' "$work/stderr"
}

# start [OPTION...]: a fresh halo-mock with its request log in $work/log and its data saved in
# $work/state.json when it stops.
start() {
	rm -f "$work/state.json"
	mock_start --tickets 60 --state "$work/state.json" "$@"
}

stop() {
	mock_stop
}

# session DIR: the profile "work" of a person whose state (drafts, outbox) lives in DIR.
session() {
	d=$work/$1
	mkdir -p "$d/config/halotui"
	{
		printf 'set mark-viewed = no\nset sort = lastactiondate:desc\n'
		profile work
	} >"$d/config/halotui/config"
}

# halotui DIR SCRIPT-FILE: the console, headless, as the person of DIR.
halotui() {
	become_console "$work/$1" --profile work --script "$2" --size 30x120 2>"$work/stderr"
}

# run DIR SCRIPT: a whole session of the person of DIR, its screens dumped in DIR.
run() {
	session "$1"
	printf '%s\n' "$2" >"$work/$1/script"
	if ! (halotui "$1" script >/dev/null); then
		failed=$((failed + 1))
		echo "FAIL: $1: halotui exited with an error"
		sed 's/^/  /' "$work/stderr"
	fi
}

# The bodies of the POSTs to PATH in the log, one a line, as the log quotes them.
bodies() {
	grep -F "\"method\":\"POST\",\"path\":\"$1\"" "$work/log" | sed -n 's/.*"body":"\(.*\)"}$/\1/p'
}
statuses() {
	grep -F "\"method\":\"POST\",\"path\":\"$1\"" "$work/log" |
		sed -n 's/.*"status":\([0-9]*\),.*/\1/p' | tr '\n' ' '
}
drafts() { # DIR: the drafts kept for the person of DIR
	ls "$work/$1/state/halotui/work/drafts/" 2>/dev/null | grep -c '\.draft$'
}

# 1. A whole ticket: client, its site, the site's user, type, priority, team, agent,
# category, deadline; details through the text area.
start
run create 'I
:dump-screen empty
P r i n t e r <Space> o n <Space> f i r e <Enter>
<Tab> S m o k e <Space> f r o m <Space> t r a y <Space> 2 <Tab>
a c m e <Enter>
<Tab> m a i n <Enter>
<Tab> l u i s <Enter>
<Tab> s e r v <Enter>
<Tab> h i g h <Enter>
<Tab> s e c o n d <Enter>
<Tab> d e m o <Enter>
<Tab> H a r d w a r e <Enter>
<Tab> 2 0 2 6 - 1 2 - 2 4 <Space> 1 7 : 0 0 <Enter>
:dump-screen filled
<C-s>
:dump-screen created
I
<Tab> <Tab> <Tab> <Enter>
:dump-screen second'
stop
expected='[{\"summary\":\"Printer on fire\",\"details_html\":\"Smoke from tray 2\",\"priority_id\":2,\"tickettype_id\":3,\"client_id\":2,\"site_id\":10,\"user_id\":100,\"agent_id\":2,\"team\":\"Second Line\",\"category_1\":\"Hardware\",\"deadlinedate\":\"2026-12-24T17:00:00Z\"}]'
[ "$(bodies /api/Tickets)" = "$expected" ] && [ "$(statuses /api/Tickets)" = "201 " ]
check "the form sends one POST /Tickets without an id, every field as chosen" $?
grep -q '"id":1061,.*"summary":"Printer on fire"' "$work/state.json" &&
	grep -q '"id":1061,.*"client_id":2,"site_id":10,"user_id":100' "$work/state.json" &&
	grep -q '"id":1061,.*"category_1":"Hardware"' "$work/state.json"
check "the emulator holds the new ticket with its client, site, user and category" $?
grep -q 'GET","path":"/api/Site","query":"client_id=2"' "$work/log" &&
	grep -q 'GET","path":"/api/Users","query":"site_id=10"' "$work/log"
check "the site picker is the client's sites, the user picker the site's users" $?
grep -q '│> Summary *(required)' "$work/create/empty" && grep -q 'Deadline' "$work/create/empty"
check "the empty form marks the summary as required" $?
grep -q '│ #1061 Printer on fire' "$work/create/created" &&
	grep -q ' 1061 Printer on fire' "$work/create/created" &&
	grep -q '· 61 ' "$work/create/created" && grep -q '#1061 created' "$work/create/created"
check "the created ticket opens in the detail pane and the list shows it" $?
grep -q '│Site:' "$work/create/second" && grep -q '│> none' "$work/create/second" &&
	! grep -q '│  Main' "$work/create/second"
check "the next new form's site picker holds no sites of the last form's client" $?
[ "$(drafts create)" -eq 0 ] && bodies /api/Draft | grep -q 'json_content.*Printer on fire'
check "the draft went to POST /Draft while written and its file goes when the ticket is created" $?
tr -d '\n' <"$work/state.json" | grep -q '"drafts": *\[{"id": *1,.*"json_content": *{"summary": *"Printer on fire".*"agent_id": *2}\]'
check "the emulator keeps the draft for the agent that wrote it, as last sent" $?

# 2. Halo's refusals stay on the form, in its words, with what was typed.
start
run refused 'I
T o n e r <Enter>
<Tab> <Tab> <Tab> <Tab> <Tab> s e r v <Enter>
<C-s>
:dump-screen user
<Up> <Up> a c m e <Enter>
<Tab> <Tab> l u i s <Enter>
<C-s>
:dump-screen done'
stop
grep -q 'Halo: Please select a User$' "$work/refused/user" &&
	grep -q '│  Summary *Toner' "$work/refused/user" && grep -q '│> User *none' "$work/refused/user"
check "a required field's plain-text refusal is shown on the form, its field in focus" $?
[ "$(statuses /api/Tickets)" = "400 201 " ] && grep -q '#1061 created' "$work/refused/done" &&
	! tail -n 1 "$work/refused/done" | grep -q 'failed'
check "the form sent again creates it, and the refused copy leaves the outbox" $?

start
run problem 'I
S l o w <Enter>
<Tab> <Tab> <Tab> <Tab> <Tab> p r o b <Enter>
<C-s>
:dump-screen category
<Up> <Up> <Up> <Up> c h a n g e <Enter>
<C-s>
:dump-screen cab'
stop
grep -q 'Halo: Please select a value for the field Category' "$work/problem/category" &&
	grep -q '│> Category' "$work/problem/category"
check "a refusal as a validation class (JSON) is shown in Halo's words" $?
grep -q 'Halo: Please select the CAB members to approve$' "$work/problem/cab" &&
	grep -q '│. Summary *Slow' "$work/problem/cab" && [ "$(statuses /api/Tickets)" = "400 400 " ]
check "a Change Request meets the plain-text CAB message, and the form stays filled" $?

# 3. A server without drafts: one POST /Draft answers 404, then the file alone keeps it; a
# form left open when the console quits keeps its draft, offered at the next start.
start --drafts no
run local 'I
W i - F i <Space> d o w n <Enter>
<Tab> A l l <Space> f l o o r s <Tab>
:dump-screen written'
[ "$(statuses /api/Draft)" = "404 " ] && [ "$(drafts local)" -eq 1 ] &&
	! grep -q '404' "$work/local/written"
check "POST /Draft answering 404 turns drafts local once, quietly" $?
run local ':dump-screen offered
y
:dump-screen back
<C-s>
:dump-screen sent'
stop
tail -n 1 "$work/local/offered" | grep -q 'continue the new ticket you were writing ("Wi-Fi down")? y/Esc' &&
	grep -q '│. Summary *Wi-Fi down' "$work/local/back" && grep -q '│  Details *All floors' "$work/local/back"
check "a form left open is offered at the next start and comes back filled" $?
[ "$(drafts local)" -eq 0 ] && bodies /api/Tickets | grep -q 'Wi-Fi down' &&
	[ "$(statuses /api/Draft)" = "404 404 " ]
check "sending it removes the draft; each session asks POST /Draft once" $?

# 4. kill -9 while the form is being written: the script comes through a pipe that stays
# open, so the console waits for more when it is killed.
start
session crash
mkfifo "$work/crash/pipe"
(halotui crash pipe >/dev/null) &
client=$!
exec 3>"$work/crash/pipe"
printf '%s\n' 'I' 'D i s k <Space> f u l l <Enter>' '<Tab> S e r v e r <Space> 3 <Tab>' \
	'a c m e <Enter>' '<Tab> <Tab> <Tab> <Tab> <Tab> <Tab> <Tab> R A I D' >&3
draft=""
for _ in $(seq 100); do
	draft=$(ls "$work/crash/state/halotui/work/drafts/"*.draft 2>/dev/null)
	[ -n "$draft" ] && grep -q '^category=RAID' "$draft" && break
	sleep 0.1
done
kill -9 "$client"
wait "$client" 2>/dev/null
client=""
exec 3>&-
grep -q '^summary=Disk full$' "$draft" && grep -q '^details=Server 3$' "$draft" &&
	grep -q '^client=2 Acme Health Trust$' "$draft" && [ "$(stat -c %a "$draft")" = 600 ] &&
	[ "$(ls -A "$work/crash/state/halotui/work/drafts/" | grep -vc '\.draft$')" -eq 0 ]
check "killed while writing, a line half typed: the draft file holds what was typed, for its owner only, no temporary file beside it" $?
run crash ':dump-screen start
<Esc>
:drafts
:dump-screen listed
I
:dump-screen again
<C-s>
:dump-screen sent'
stop
tail -n 1 "$work/crash/start" | grep -q 'continue the new ticket you were writing ("Disk full")? y/Esc' &&
	grep -q '│  Client *Acme Health Trust' "$work/crash/again" &&
	grep -q '│. Summary *Disk full' "$work/crash/again"
check "after kill -9 the draft is offered at the start and again at new" $?
tail -n 1 "$work/crash/listed" | grep -q ' 1 draft kept, newest first (new continues the first): "Disk full" (20[0-9-]* [0-9:]*)'
check "drafts lists the drafts kept with their summaries" $?
bodies /api/Tickets | grep -q 'Disk full.*Server 3.*\\"client_id\\":2.*\\"category_1\\":\\"RAID\\"' && [ "$(drafts crash)" -eq 0 ] &&
	bodies /api/Draft | tail -n 1 | grep -q '^\[{\\"id\\":[1-9]'
check "the draft is sent as typed, its file goes, and the server's draft kept its id" $?

# 5. Esc then y drops the form, its draft and the refused copy the outbox kept; nothing is
# offered after.
start
run drop 'I
G o n e <Space> s o o n <Enter>
<Tab> <Tab> <Tab> <Tab> <Tab> s e r v <Enter>
<C-s>
:dump-screen typed
<Esc>
:dump-screen asked
y
:dump-screen dropped'
[ "$(drafts drop)" -eq 0 ] && tail -n 1 "$work/drop/asked" | grep -q 'drop this new ticket and its draft? y/Esc' &&
	grep -q 'the new ticket and its draft are dropped' "$work/drop/dropped"
run drop ':dump-screen later
:drafts
:dump-screen none'
stop
! grep -q 'continue the new ticket' "$work/drop/later" && [ "$(statuses /api/Tickets)" = "400 " ] &&
	tail -n 1 "$work/drop/none" | grep -q 'no drafts of new tickets are kept' &&
	grep -q 'Halo: Please select a User' "$work/drop/typed" && ! grep -q 'unsent change' "$work/drop/later"
check "Esc then y drops the new ticket, its draft and its refused copy: nothing is offered later" $?


# 4. A refused create left in the outbox: its edit opens the new ticket form filled with
# what was sent; Esc on the form leaves the outbox's copy there.
start
run resent 'I
T o n e r <Enter>
<Tab> <Tab> <Tab> <Tab> <Tab> s e r v <Enter>
<C-s>
:quit
y'
run resent '<Esc>
:outbox
e
:dump-screen form
<Esc>
:dump-screen kept'
stop
grep -q '│. Summary *Toner' "$work/resent/form" &&
	grep -q '│  Ticket type *Service Request' "$work/resent/form" &&
	grep -q 'the ticket as it was sent: Ctrl-S sends it again' "$work/resent/form" &&
	grep -q 'new ticket: "Toner"' "$work/resent/kept" &&
	[ "$(statuses /api/Tickets)" = "400 " ]
check "edit of a refused create in the outbox opens the new ticket form as it was sent" $?

# 5. draft-open picks which draft to continue, draft-delete deletes one after a y.
start
session picks
dir=$work/picks/state/halotui/work/drafts
mkdir -p "$dir"
printf 'halotui-draft 1\nsummary=Older one\ndetails=first words\n' >"$dir/new-1-1-1.draft"
printf 'halotui-draft 1\nsummary=Newer one\n' >"$dir/new-2-2-2.draft"
touch -d '2026-01-01 10:00' "$dir/new-1-1-1.draft"
touch -d '2026-01-02 10:00' "$dir/new-2-2-2.draft"
run picks '<Esc>
:draft-open
:dump-screen picker
O l d <Enter>
:dump-screen opened
<Esc>
:draft-delete
N e w <Enter>
:dump-screen asked
y
:dump-screen deleted'
stop
grep -q 'Newer one *saved 2026-01-02 10:00' "$work/picks/picker" &&
	grep -q 'Older one *saved 2026-01-01 10:00' "$work/picks/picker" &&
	grep -q '│. Summary *Older one' "$work/picks/opened" &&
	grep -q '│  Details *first words' "$work/picks/opened" &&
	tail -n 1 "$work/picks/asked" | grep -q 'delete the draft "Newer one" (saved 2026-01-02 10:00)? y/Esc' &&
	grep -q 'the draft is deleted here' "$work/picks/deleted" &&
	[ ! -e "$dir/new-2-2-2.draft" ] && [ -e "$dir/new-1-1-1.draft" ]
check "draft-open continues the draft picked; draft-delete deletes the one picked after y" $?

# 6. A refused forecast in the outbox: edit opens the forecast form filled with what was
# sent; a ticket sent whole goes back to its edit form.
start --write-fault 500
run sentback ':ticket 1008
:forecast-add
<Tab> <Tab> 2 . 5 <Enter> <C-s>
:save-object
:outbox
e
:dump-screen forecast
<Esc>
:outbox
j
e
:dump-screen whole'
stop
[ "$(grep -c '"status":500' "$work/log")" -eq 2 ] &&
	grep -q '│Forecast hours for #1008' "$work/sentback/forecast" &&
	grep -q '│. Agent *Demo Agent' "$work/sentback/forecast" &&
	grep -q '│  Hours *2.5' "$work/sentback/forecast" &&
	grep -q '│Edit #1008' "$work/sentback/whole"
check "edit in the outbox brings a refused forecast back to its form as sent, a whole ticket to the edit form" $?
summary
