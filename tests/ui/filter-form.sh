#!/bin/sh
# The filter form against halo-mock, read from its request log (--log): the exact query of a
# form holding every parameter type (a boolean, a whole number, ids picked and typed, a date
# word, a string with spaces, a decimal), nothing ignored of the form's common group, and each
# of the 183 parameters set from the form, by a script made from the parameter table, reaching
# the server with its value (the paging ones and ticketidonly refused in the form instead).
. "${top_srcdir:-.}/tests/ui/lib.sh"
def=$(cd "${top_srcdir:-.}" && pwd)/src/model/ticket_query_params.def
work_home
TZ=UTC
export TZ

on_fail() {
	grep '"/api/Tickets"' "$work/log" | tail -n 2 | sed 's/^/  /'
}

# run SCRIPT-FILE: one session against a fresh halo-mock, its requests then in $work/log.
run() {
	mock_start --port-file "$work/port" --tickets 300
	{
		profile work
		echo "set sort = lastactiondate:desc"
	} >"$work/config/halotui/config"
	if ! work_session "$1" 24x80; then
		failed=$((failed + 1))
		echo "FAIL: halotui exited with an error"
		sed 's/^/  /' "$work/stderr"
	fi
	mock_stop
}

# keys TEXT: TEXT as script keys, one a character.
keys() {
	printf '%s' "$1" | sed 's/./& /g; s/   / <Space> /g; s/ $//'
}

# The last GET /api/Tickets query of the log, one parameter a line.
last_query() {
	grep '"path":"/api/Tickets","query"' "$work/log" | tail -n 1 |
		sed 's/.*"path":"\/api\/Tickets","query":"\([^"]*\)".*/\1/' | tr '&' '\n'
}

paging='pageinate=true&page_size=50&page_no=1'
week_ago=$(date -u -d '7 days ago' +%F 2>/dev/null || date -u -v-7d +%F)

# Every type at once: F, a name typed narrows to its field, Esc shows them all again.
cat >"$work/types.script" <<SCRIPT
F
$(keys open_only) <Space> <Esc>
$(keys status) <Enter> <Tab> <Down> <Tab> <Enter> <Esc>
$(keys site_id) <Enter> $(keys 7) <Enter> <Esc>
$(keys includehold) <Enter> $(keys '0, 1') <Enter> <Esc>
$(keys startdate) <Enter> $(keys -7d) <Enter> <Esc>
$(keys search) <Enter> $(keys 'printer jam & 50%') <Enter> <Esc>
$(keys utcoffset) <Enter> $(keys 2.50) <Enter> <Esc>
$(keys withattachments) <Space> <Space> <Esc>
<C-s>
SCRIPT
run "$work/types.script"
ids=$(last_query | sed -n 's/^status=//p')
expected="$paging&includehold=0,1&open_only=true&order=lastactiondate&orderdesc=true&search=printer jam & 50%&site_id=7&startdate=$week_ago&status=$ids&utcoffset=2.5&withattachments=false"
grep -qF "\"path\":\"/api/Tickets\",\"query\":\"$expected\"" "$work/log"
check "a boolean, ids picked and typed, a whole number, a date word, a string and a decimal go out exactly" $?
case $ids in [0-9]*,[0-9]*) r=0 ;; *) r=1 ;; esac
check "two statuses ticked in the picker go out as their ids ($ids)" $r

# The common group: every field set at once, and halo-mock acts on each of them.
cat >"$work/common.script" <<SCRIPT
F
$(keys closed_only) <Space> <Space> <Esc>
$(keys open_only) <Space> <Esc>
$(keys includeclosed) <Enter> $(keys 0) <Enter> <Esc>
$(keys mine) <Space> <Space> <Esc>
$(keys agent) <Enter> <Tab> <Enter> <Esc>
$(keys agent_id) <Enter> <Down> <Enter> <Esc>
$(keys team) <Enter> <Tab> <Enter> <Esc>
$(keys status) <Enter> <Tab> <Enter> <Esc>
$(keys status_id) <Enter> <Down> <Enter> <Esc>
$(keys priority) <Enter> <Tab> <Enter> <Esc>
$(keys client_id) <Enter> $(keys 1) <Enter> <Esc>
$(keys client_ids) <Enter> $(keys 1,2) <Enter> <Esc>
$(keys site_id) <Enter> $(keys 1) <Enter> <Esc>
$(keys user_id) <Enter> $(keys 1) <Enter> <Esc>
$(keys username) <Enter> $(keys 'Ann Lee') <Enter> <Esc>
$(keys requesttype) <Enter> <Tab> <Enter> <Esc>
$(keys requesttype_id) <Enter> <Down> <Enter> <Esc>
$(keys datesearch) <Enter> $(keys dateoccurred) <Enter> <Esc>
$(keys startdate) <Enter> $(keys -2w) <Enter> <Esc>
$(keys enddate) <Enter> $(keys today) <Enter> <Esc>
$(keys lastupdatefromdate) <Enter> $(keys yesterday) <Enter> <Esc>
$(keys lastupdatetodate) <Enter> $(keys 2030-01-01) <Enter> <Esc>
$(keys search) <Enter> $(keys 'no such') <Enter> <Esc>
$(keys search_summary) <Enter> $(keys 'no such') <Enter> <Esc>
$(keys search_details) <Enter> $(keys 'no such') <Enter> <Esc>
$(keys search_user_name) <Enter> $(keys 'no such') <Enter> <Esc>
$(keys search_id) <Enter> $(keys 1) <Enter> <Esc>
<C-s>
SCRIPT
run "$work/common.script"
last_query >"$work/common.got"
missing=""
for name in open_only closed_only includeclosed mine agent agent_id team status status_id \
	priority client_id client_ids site_id user_id username requesttype requesttype_id \
	datesearch startdate enddate lastupdatefromdate lastupdatetodate search search_summary \
	search_details search_user_name search_id; do
	grep -q "^$name=." "$work/common.got" || missing="$missing $name"
done
[ -z "$missing" ]
check "every field of the common group reaches the server${missing:+ (missing:$missing)}" $?
! grep '"/api/Tickets"' "$work/log" | grep -q '"ignored"'
check "halo-mock ignores none of the common group" $?
grep -qx "startdate=$(date -u -d '14 days ago' +%F 2>/dev/null || date -u -v-14d +%F)" "$work/common.got" &&
	grep -qx "enddate=$(date -u +%F)" "$work/common.got" &&
	grep -qx "lastupdatefromdate=$(date -u -d yesterday +%F 2>/dev/null || date -u -v-1d +%F)" "$work/common.got"
check "-2w, today and yesterday go out as days" $?

# All 183: a script made from the parameter table sets each one, by its type.
sed -n 's/^X(\([a-z_0-9]*\), \(QP_[A-Z_]*\),.*/\1 \2/p' "$def" >"$work/params"
[ "$(wc -l <"$work/params")" -eq 183 ]
check "the parameter table has 183 rows" $?
# Clients are not among the lookups the console fetches: their ids are typed.
pickers=" agent agent_id priority requesttype requesttype_id status status_id team "
bs=$(printf '<BS> %.0s' 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16)
{
	echo F
	while read -r name type; do
		case $name in count | page_no | page_size | pageinate | ticketidonly) continue ;; esac
		printf '%s ' "$(keys "$name")"
		case "$pickers" in
		*" $name "*)
			if [ "$type" = QP_INT_LIST ]; then echo '<Enter> <Tab> <Enter> <Esc>'; else echo '<Enter> <Down> <Enter> <Esc>'; fi
			continue ;;
		esac
		case $name in
		closed_only) echo '<Space> <Space> <Esc>' ;;
		orderdesc) echo '<Space> <Space> <Space> <Esc>' ;; # from the list's sort: true, false, unset, true
		order*desc*) echo '<Space> <Esc>' ;;
		order) echo "<Enter> $bs$(keys id) <Enter> <Esc>" ;; # the list's sort typed over
		order*) echo "<Enter> $(keys id) <Enter> <Esc>" ;;
		*)
			case $type in
			QP_BOOL) echo '<Space> <Esc>' ;;
			QP_INT) echo "<Enter> $(keys 42) <Enter> <Esc>" ;;
			QP_INT_LIST) echo "<Enter> $(keys '1, 2') <Enter> <Esc>" ;;
			QP_DOUBLE) echo "<Enter> $(keys 2.50) <Enter> <Esc>" ;;
			QP_DATE) echo "<Enter> $(keys -1w) <Enter> <Esc>" ;;
			*) echo "<Enter> $(keys 'two words') <Enter> <Esc>" ;;
			esac ;;
		esac
	done <"$work/params"
	echo '<C-s>'
} >"$work/all.script"
run "$work/all.script"
last_query >"$work/all.got"
bad=""
while read -r name type; do
	case $name in count | page_no | page_size | pageinate | ticketidonly) continue ;; esac
	case "$pickers" in *" $name "*)
		grep -q "^$name=[0-9][0-9,]*\$" "$work/all.got" || bad="$bad $name"
		continue ;;
	esac
	case $name in
	closed_only) want=false ;;
	order*desc*) want=true ;;
	order*) want=id ;;
	*)
		case $type in
		QP_BOOL) want=true ;;
		QP_INT) want=42 ;;
		QP_INT_LIST) want=1,2 ;;
		QP_DOUBLE) want=2.5 ;;
		QP_DATE) want=$week_ago ;;
		*) want='two words' ;;
		esac ;;
	esac
	grep -qxF "$name=$want" "$work/all.got" || bad="$bad $name"
done <"$work/params"
[ -z "$bad" ]
check "each of the 178 parameters the list sends reaches the server with its value${bad:+ (wrong:$bad)}" $?
[ "$(grep -c . "$work/all.got")" -eq 181 ]
check "and nothing else but the list's own paging ($(grep -c . "$work/all.got") parameters)" $?

summary
