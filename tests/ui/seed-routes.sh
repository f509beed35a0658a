#!/bin/sh
# Every route of the seed's ticket endpoints, used through the console's own commands: the
# routes are read from the seed document (METHOD /Path lines), a few scripted sessions run
# against one halo-mock, and each route must appear in halo-mock's request log with a 2xx
# answer. A route no session reached fails the test by name.
set -u
bin=$(cd "${top_builddir:-.}" && pwd)/src/halotui
mock=$(cd "${top_builddir:-.}" && pwd)/src/halo-mock
seed=$(cd "${top_srcdir:-.}" && pwd)/tests/data/halo-ticket-endpoints.txt
work=$(mktemp -d "${TMPDIR:-/tmp}/halotui-seed.XXXXXX")
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; [ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT INT TERM
HALOTUI_CLIENT_SECRET=0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a-a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d
export HALOTUI_CLIENT_SECRET
TZ=UTC
export TZ
XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache XDG_STATE_HOME=$work/state HOME=$work
export XDG_CONFIG_HOME XDG_CACHE_HOME XDG_STATE_HOME HOME

routes=$(sed -n 's/^\(GET\|POST\|PUT\|PATCH\|DELETE\) \(\/[^ ]*\)[[:space:]]*$/\1 \2/p' "$seed")
if [ "$(printf '%s\n' "$routes" | grep -c .)" -lt 20 ]; then
	echo "FAIL: the seed document lists too few routes:"
	printf '%s\n' "$routes"
	exit 1
fi

# start LOG [OPTION...]: halo-mock with 300 generated tickets (the same each time).
start() {
	log=$1
	shift
	: >"$work/out"
	"$mock" --listen 127.0.0.1:0 --tickets 300 --log "$work/$log" "$@" >"$work/out" 2>"$work/err" &
	pid=$!
	while kill -0 "$pid" 2>/dev/null && ! grep -q '^listening on' "$work/out"; do
		sleep 0.1
	done
	port=$(sed -n 's|^listening on http://127.0.0.1:\([0-9][0-9]*\)$|\1|p' "$work/out")
}
stop() {
	kill -TERM "$pid"
	wait "$pid"
	pid=""
}

# A parent ticket of the generated data, for process-children: the first saved row with
# children.
start first.log --state "$work/state.json"
stop
parent=$(tr -d '\n' <"$work/state.json" | sed 's/},{"id":/}\n{"id":/g' |
	grep -v '"child_count":0' | sed -n 's/^{"id":\([0-9]*\),.*/\1/p' | head -n 1)

start log
mkdir -p "$work/config/halotui"
printf 'set sort = lastactiondate\nprofile work\nset url = http://127.0.0.1:%s\nset client_id = 5f1d2c3e-8a4b-4c6d-9e0f-1a2b3c4d5e6f\n' \
	"$port" >"$work/config/halotui/config"

sessions=0
errors=0
session() { # NAME SCRIPT-LINES
	sessions=$((sessions + 1))
	printf '%s\n:dump-screen %s.screen\n' "$2" "$1" >"$work/$1.script"
	if ! (cd "$work" && "$bin" --headless --script "$1.script" --size 30x120 --profile work \
		2>"$work/$1.stderr"); then
		errors=$((errors + 1))
		echo "FAIL: session $1 exited with an error"
		sed 's/^/  /' "$work/$1.stderr"
	fi
}

# The list, a ticket opened (read, viewed), its panes and records.
session browse ':set mark-viewed = yes
<Enter>
:ticket 1008
:viewlog
:raw zapier
:raw salesmailbox
:ticket 1008
t
:todo-add check the toner
:ticket 1008
f
:forecast-add
<Enter> h i r o <Enter> <Tab> <Tab> 2 . 5 <Enter> <C-s>'

session approvals ':ticket 1008
a
:approval-add hiroshi check the quote first
<Enter>
:ticket 1008
a
:approval-delete
y'

session closures ':ticket 1008
:closures
:closure-add Fixed by the new toner, please confirm
<Enter>
:ticket 1008
:closures
:closure-delete
y'

session ticket-writes ':ticket 1008
:vote up same here
:billable-project yes
:save-object
:delete duplicate of 1007
1 0 0 8 <Enter>'

session children ":ticket $parent
:process-children
y"

session create 'I
P r i n t e r <Space> o n <Space> f i r e <Enter>
<Tab> S m o k e <Space> f r o m <Space> t r a y <Space> 2 <Tab>
a c m e <Enter>
<Tab> m a i n <Enter>
<Tab> l u i s <Enter>
<C-s>'

stop

# Each route of the seed as a pattern of the log: each {name} is a number (Halo's {id}&{seq}
# is two numbers joined by &).
missing=0
found=0
while read -r method path; do
	[ -n "$method" ] || continue
	re=$(printf "%s" "$path" | sed "s/{[a-z_]*}/[0-9][0-9]*/g")
	if grep -q "\"method\":\"$method\",\"path\":\"/api$re\",.*\"status\":2[0-9][0-9]" "$work/log"; then
		found=$((found + 1))
	else
		missing=$((missing + 1))
		echo "FAIL: $method $path: the console never requested it with a 2xx answer"
		grep -F "\"path\":\"/api$(printf '%s' "$path" | sed 's/{.*//')" "$work/log" |
			grep -F "\"method\":\"$method\"" | sed 's/^/  log: /' | head -5
	fi
done <<ROUTES
$routes
ROUTES

echo "seed routes: $found reached, $missing missing, in $sessions sessions"
echo "cases: $found passed, $((missing + errors)) failed"
[ "$missing" -eq 0 ] && [ "$errors" -eq 0 ]
